import { useTranslations } from "next-intl";
import { percent } from "@/lib/domain/assignments/labels";
import type { StudentResultRowView } from "@/lib/domain/assignments/views";
import { OverrideForm } from "./override-form";
import { StatusBadge } from "./status-badge";

export interface StudentResultsTableProps {
  assignmentId: string;
  students: StudentResultRowView[];
  /** Formats an ISO instant in the teacher's zone, and as a datetime-local field value. */
  formatted: Record<string, { text: string; field: string }>;
}

/** Each student's status, score and attempts, with their accommodations in a disclosure below the row. */
export function StudentResultsTable({ assignmentId, students, formatted }: StudentResultsTableProps) {
  const t = useTranslations("teach.studentRow");
  if (students.length === 0) return <p className="text-stone-700">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label={t("label")}>
      {students.map((s) => {
        const due = s.override?.dueAt ? formatted[s.override.dueAt] : undefined;
        const limit = s.override?.timeLimitMinutes;
        const attempts = s.override?.attemptsAllowed;
        const accommodation = [
          t("accommodation"),
          due ? t("due", { date: due.text }) : null,
          limit === 0 ? t("noTimeLimit") : limit ? t("timeLimit", { count: limit }) : null,
          attempts === 0 ? t("unlimitedAttempts") : attempts ? t("attemptsAllowed", { count: attempts }) : null,
        ];
        return (
          <li key={s.studentId} className="space-y-2 p-3" data-testid={`result-${s.name}`}>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <span className="min-w-40 font-medium">{s.name}</span>
              <StatusBadge status={s.status} />
              <span className="text-sm text-stone-700">{t("score", { score: s.score === null ? "—" : percent(s.score) })}</span>
              <span className="text-sm text-stone-700">{t("attempts", { count: s.attempts })}</span>
              {s.override ? (
                <span className="text-sm text-amber-900">{accommodation.filter(Boolean).join(" ")}</span>
              ) : null}
            </div>
            <details>
              <summary className="cursor-pointer text-sm text-brand-800">{t("accommodationsFor", { name: s.name })}</summary>
              <div className="pt-2">
                <OverrideForm
                  assignmentId={assignmentId}
                  studentId={s.studentId}
                  studentName={s.name}
                  defaults={{
                    dueAt: due?.field ?? "",
                    timeLimitMinutes: limit === 0 ? "none" : limit ? String(limit) : "",
                    attemptsAllowed: attempts === 0 ? "none" : attempts ? String(attempts) : "",
                  }}
                />
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
