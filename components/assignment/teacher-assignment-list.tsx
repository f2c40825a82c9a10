import Link from "next/link";
import type { AssignmentSummaryView } from "@/lib/domain/assignments/views";

/** A class's assignments: title, draft or published, due time, and how many have submitted. */
export function TeacherAssignmentList({ assignments, dueText }: { assignments: AssignmentSummaryView[]; dueText: Record<string, string> }) {
  if (assignments.length === 0) return <p className="text-stone-700">No assignments yet.</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label="Assignments">
      {assignments.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
          <Link href={`/teach/assignments/${a.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
            {a.title}
          </Link>
          <span className="text-sm text-stone-700">
            {a.status === "draft" ? "Draft" : `${a.submittedCount} of ${a.studentCount} submitted`} · {a.questionCount} questions · due{" "}
            {dueText[a.id]}
          </span>
        </li>
      ))}
    </ul>
  );
}
