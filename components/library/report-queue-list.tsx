import Link from "next/link";
import { useTranslations } from "next-intl";
import { dismissReport } from "@/lib/actions/dismiss-report";
import { setQuestionHidden } from "@/lib/actions/set-question-hidden";
import { buttonClasses } from "@/components/ui/button";
import type { QueuedReportView } from "@/lib/domain/library/views";

/** Open reports from learners: on your documents you may hide the question or dismiss the report. */
export function ReportQueueList({ reports }: { reports: QueuedReportView[] }) {
  const t = useTranslations("teach.library");
  const reason = useTranslations("report");
  if (reports.length === 0) return <p className="text-stone-700">{t("noReports")}</p>;
  return (
    <ul className="space-y-3">
      {reports.map((r) => (
        <li key={r.id} data-testid="queued-report" className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 p-4">
          <p className="text-sm text-stone-700">
            <strong className="text-stone-900">{reason(r.reason)}</strong> · {r.reporterName} · {" "}
            {r.canHide ? (
              <Link href={`/teach/library/${encodeURIComponent(r.documentId)}#question-${r.questionId}`} className="text-brand-800 underline">{r.documentTitle}</Link>
            ) : (
              <Link href={`/lessons/${encodeURIComponent(r.documentId)}`} className="text-brand-800 underline">{r.documentTitle}</Link>
            )}
          </p>
          <p className="font-medium text-stone-900">{r.prompt}</p>
          {r.comment ? <p className="text-stone-800">“{r.comment}”</p> : null}
          {r.canHide ? (
            <div className="flex flex-wrap gap-2">
              <form action={setQuestionHidden}>
                <input type="hidden" name="documentId" value={r.documentId} />
                <input type="hidden" name="questionId" value={r.questionId} />
                <input type="hidden" name="hidden" value="on" />
                <input type="hidden" name="returnTo" value="queue" />
                <button type="submit" className={buttonClasses("primary")}>{t("hideQuestion")}</button>
              </form>
              <form action={dismissReport}>
                <input type="hidden" name="reportId" value={r.id} />
                <button type="submit" className={buttonClasses("secondary")}>{t("dismiss")}</button>
              </form>
            </div>
          ) : (
            <p className="text-xs text-stone-600">{t("builtIn")}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
