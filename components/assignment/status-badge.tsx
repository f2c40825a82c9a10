import { useTranslations } from "next-intl";
import type { StudentStatus } from "@/lib/domain/assignments/student-status";

const TONES: Record<StudentStatus, string> = {
  "not-started": "bg-stone-100 text-stone-800",
  "in-progress": "bg-sky-100 text-sky-900",
  submitted: "bg-emerald-100 text-emerald-900",
  late: "bg-amber-100 text-amber-900",
  missing: "bg-red-100 text-red-800",
};

/** A student's status in words (never colour alone). */
export function StatusBadge({ status }: { status: StudentStatus }) {
  const t = useTranslations("assignmentLabels.status");
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${TONES[status]}`} data-status={status}>
      {t(status)}
    </span>
  );
}
