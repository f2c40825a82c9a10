import { useLocale, useTranslations } from "next-intl";
import type { StudentResultView } from "@/lib/domain/results/views";
import { STATUS_CLASS, dateTimeFormat, durationParts, percent } from "./format";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Each student's status, counting score, attempts, time and submission, with late work marked in words. */
export function StudentResultsTable({ students, timeZone, grading }: { students: readonly StudentResultView[]; timeZone: string; grading: "highest" | "last" }) {
  const t = useTranslations("teach.resultsTable");
  const status = useTranslations("assignmentLabels.status");
  const date = dateTimeFormat(timeZone, useLocale());
  if (students.length === 0) return <p className="text-sm text-stone-700">{t("empty")}</p>;
  const duration = (ms: number) => {
    const parts = durationParts(ms);
    if (!parts) return "—";
    if (parts.hours === 0) return parts.minutes < 1 ? t("underMinute") : t("minutes", { minutes: parts.minutes });
    return t("hours", parts);
  };
  return (
    <ScrollRegion label={t("label")}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption", { grading })}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-800">
            <th scope="col" className="py-2 pr-3 font-semibold">{t("student")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("status")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("score")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("attempts")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("timeSpent")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("submitted")}</th>
            <th scope="col" className="py-2 font-semibold">{t("due")}</th>
          </tr>
        </thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.studentId} className="border-b border-stone-100 align-top" data-testid="student-result">
              <th scope="row" className="py-2 pr-3 font-medium text-stone-900">
                {s.name}
                {s.active ? null : <span className="block text-xs font-normal text-stone-600">{t("leftClass")}</span>}
              </th>
              <td className="py-2 pr-3">
                <span className={`whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${STATUS_CLASS[s.status]}`}>{status(s.status)}</span>
              </td>
              <td className="py-2 pr-3 tabular-nums">
                {percent(s.score)}
                {s.countedAttemptNumber !== null && s.attempts > 1 ? (
                  <span className="block text-xs text-stone-600">{t("attemptNumber", { number: s.countedAttemptNumber })}</span>
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
