import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AssignedWorkView } from "@/lib/domain/home/views";

/** Work a teacher set, soonest due first; nothing at all when there is none. */
export async function AssignedWork({ assignments }: { assignments: AssignedWorkView[] }) {
  if (assignments.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("home"), getFormatter()]);
  return (
    <section aria-labelledby="today-assigned" className="rounded-lg border border-brand-100 bg-white p-4 sm:p-5" data-testid="today-assigned">
      <h2 id="today-assigned" className="text-base font-semibold text-stone-950">
        {t("assignedWork")}
      </h2>
      <ul className="mt-2 divide-y divide-stone-100">
        {assignments.map((assignment) => (
          <li key={assignment.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
            <Link href={assignment.href} className="font-medium text-brand-700 underline">
              {assignment.title}
            </Link>
            <span className="text-stone-600">
              <time dateTime={assignment.dueAt}>
                {t("assignmentDue", { className: assignment.className, date: format.dateTime(new Date(assignment.dueAt), { dateStyle: "medium" }) })}
              </time>
              {assignment.done ? ` · ${t("assignmentDone")}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
