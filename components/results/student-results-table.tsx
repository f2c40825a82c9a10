import type { StudentResultView } from "@/lib/domain/results/views";
import { STATUS_CLASS, STATUS_LABEL, dateTimeFormat, duration, percent } from "./format";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Each student's status, counting score, attempts, time and submission, with late work marked in words. */
export function StudentResultsTable({ students, timeZone, grading }: { students: readonly StudentResultView[]; timeZone: string; grading: "highest" | "last" }) {
  if (students.length === 0) return <p className="text-sm text-stone-700">No students in this class yet.</p>;
  const date = dateTimeFormat(timeZone);
  return (
    <ScrollRegion label="Each student’s status and score">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Each student’s status and score (the {grading === "last" ? "last" : "highest"} attempt counts)</caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-800">
            <th scope="col" className="py-2 pr-3 font-semibold">Student</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Status</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Score</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Attempts</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Time spent</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Submitted</th>
            <th scope="col" className="py-2 font-semibold">Due</th>
          </tr>
        </thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.studentId} className="border-b border-stone-100 align-top" data-testid="student-result">
              <th scope="row" className="py-2 pr-3 font-medium text-stone-900">
                {s.name}
                {s.active ? null : <span className="block text-xs font-normal text-stone-600">Left the class</span>}
              </th>
              <td className="py-2 pr-3">
                <span className={`whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${STATUS_CLASS[s.status]}`}>{STATUS_LABEL[s.status]}</span>
              </td>
              <td className="py-2 pr-3 tabular-nums">
                {percent(s.score)}
                {s.countedAttemptNumber !== null && s.attempts > 1 ? (
                  <span className="block text-xs text-stone-600">attempt {s.countedAttemptNumber}</span>
                ) : null}
              </td>
              <td className="py-2 pr-3 tabular-nums">{s.attempts}</td>
              <td className="py-2 pr-3 tabular-nums">{duration(s.timeSpentMs)}</td>
              <td className="whitespace-nowrap py-2 pr-3">{s.submittedAt ? date.format(new Date(s.submittedAt)) : "—"}</td>
              <td className="whitespace-nowrap py-2">{date.format(new Date(s.dueAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
