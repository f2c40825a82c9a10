import Link from "next/link";
import { useTranslations } from "next-intl";
import { percent } from "@/lib/domain/assignments/labels";
import type { StudentAssignmentView } from "@/lib/domain/assignments/views";
import { StatusBadge } from "./status-badge";

/** A student's assigned work, what to do first at the top, with due times already in their zone and language. */
export function AssignedWorkList({ assignments, dueText }: { assignments: StudentAssignmentView[]; dueText: Record<string, string> }) {
  const t = useTranslations("assignedWork");
  if (assignments.length === 0) return <p className="text-stone-700">{t("none")}</p>;
  return (
    <ul className="space-y-3" aria-label={t("listLabel")}>
      {assignments.map((a) => (
        <li key={a.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="assigned-work">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link href={`/assignments/${a.id}`} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
              {a.title}
            </Link>
            <StatusBadge status={a.status} />
          </div>
          <p className="mt-1 text-sm text-stone-700">
            {a.className} · {t(`window.${a.window}`)} · {t("due", { date: dueText[a.id] ?? "" })}
            {a.score !== null ? ` · ${t("score", { percent: percent(a.score) })}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
