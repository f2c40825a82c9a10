import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AssignedWorkList } from "@/components/assignment/assigned-work-list";
import type { AssignedWorkView } from "@/lib/domain/home/views";

/** Work a teacher set, first on the home: the same lines, states and order as /assignments; nothing when there is none. */
export async function AssignedWork({ assigned }: { assigned: AssignedWorkView }) {
  if (assigned.assignments.length === 0) return null;
  const t = await getTranslations("home");
  return (
    <section aria-labelledby="today-assigned" className="space-y-3 rounded-lg border border-brand-100 bg-brand-50/40 p-4 sm:p-5" data-testid="today-assigned">
      <h2 id="today-assigned" className="text-base font-semibold text-stone-950">
        {t("assignedWork")}
      </h2>
      <AssignedWorkList assignments={assigned.assignments} dueText={assigned.dueText} />
      {assigned.total > assigned.assignments.length ? (
        <Link href="/assignments" className="inline-block text-sm font-medium text-brand-800 underline">
          {t("allAssignedWork", { count: assigned.total })}
        </Link>
      ) : null}
    </section>
  );
}
