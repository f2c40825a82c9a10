import { masteryStyle } from "@/components/progress/mastery-colour";
import type { BehindReason } from "@/lib/domain/results/class-progress";
import type { ClassProgressView } from "@/lib/domain/results/views";
import { dateTimeFormat, percent } from "./format";
import { ScrollRegion } from "@/components/ui/scroll-region";

const REASON_TEXT: Record<BehindReason, string> = {
  "missing-work": "missing work",
  inactive: "no study in two weeks",
  "low-mastery": "mastery well under the class",
};

/** Students × lessons mastery (the learner dashboard's measure), weekly study and why anyone is falling behind. */
export function ClassProgressTable({ view, timeZone }: { view: ClassProgressView; timeZone: string }) {
  if (view.students.length === 0) return <p className="text-sm text-stone-700">No students in this class yet.</p>;
  const date = dateTimeFormat(timeZone);
  return (
    <ScrollRegion label="Class progress, scrolls sideways">
      <table className="w-full border-collapse text-left text-sm" data-testid="class-progress">
        <caption className="sr-only">Each student’s mastery per lesson, weekly study activity, and whether they are falling behind</caption>
        <thead>
          <tr className="border-b border-stone-300 align-bottom text-stone-800">
            <th scope="col" className="py-2 pr-3 font-semibold">Student</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Falling behind?</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Overall</th>
            {view.lessons.map((l) => <th key={l.id} scope="col" className="max-w-32 py-2 pr-3 font-semibold">{l.title}</th>)}
            {view.weeks.map((w) => <th key={w} scope="col" className="py-2 pr-3 font-semibold">Study {w.toLowerCase()}</th>)}
            <th scope="col" className="py-2 font-semibold">Last active</th>
          </tr>
        </thead>
        <tbody>
          {view.students.map((s) => (
            <tr key={s.studentId} className="border-b border-stone-100 align-top" data-testid="class-progress-student">
              <th scope="row" className="py-2 pr-3 font-medium">{s.name}</th>
              <td className="py-2 pr-3">{s.reasons.length ? <span className="font-medium text-red-800">Yes: {s.reasons.map((r) => REASON_TEXT[r]).join(", ")}</span> : "No"}</td>
              <td className="py-2 pr-3 tabular-nums">{percent(s.mastery)}</td>
              {s.lessons.map((l) => {
                const style = masteryStyle(l.mastery, l.seen);
                return (
                  <td key={l.lessonId} className="py-2 pr-3">
                    <span className={`whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium tabular-nums ${style.badgeClass}`}>
                      {percent(l.mastery)} {style.label}
                    </span>
                  </td>
                );
              })}
              {s.weeklyActivity.map((n, i) => <td key={view.weeks[i]} className="py-2 pr-3 tabular-nums">{n}</td>)}
              <td className="whitespace-nowrap py-2">{s.lastActive ? date.format(new Date(s.lastActive)) : "Never"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
