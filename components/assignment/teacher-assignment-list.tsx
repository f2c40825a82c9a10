import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AssignmentSummaryView } from "@/lib/domain/assignments/views";

/** A class's assignments: title, draft or published, due time, and how many have submitted. */
export async function TeacherAssignmentList({ assignments, dueText }: { assignments: AssignmentSummaryView[]; dueText: Record<string, string> }) {
  const t = await getTranslations("teach.assignmentList");
  if (assignments.length === 0) return <p className="text-stone-700">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label={t("label")}>
      {assignments.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
          <Link href={`/teach/assignments/${a.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
            {a.title}
          </Link>
          <span className="text-sm text-stone-700">
            {a.status === "draft" ? t("draft") : t("submitted", { submitted: a.submittedCount, students: a.studentCount })} ·{" "}
            {t("questions", { count: a.questionCount })} · {t("due", { date: dueText[a.id] ?? "" })}
          </span>
        </li>
      ))}
    </ul>
  );
}
