import { useTranslations } from "next-intl";
import { setQuestionHidden } from "@/lib/actions/set-question-hidden";
import { buttonClasses } from "@/components/ui/button";
import type { ReviewQuestionView } from "@/lib/domain/library/views";

/** Every generated question with its answer and source sentence; hidden ones marked, each with hide or restore. */
export function QuestionReviewList({ documentId, questions }: { documentId: string; questions: ReviewQuestionView[] }) {
  const t = useTranslations("teach.document");
  const reason = useTranslations("report");
  if (questions.length === 0) {
    return <p className="text-stone-700">{t("noQuestions")}</p>;
  }
  return (
    <ol className="space-y-4">
      {questions.map((q) => (
        <li
          key={q.id}
          id={`question-${q.id}`}
          data-testid="review-question"
          data-hidden={q.hidden ? "true" : "false"}
          className={`space-y-2 rounded-lg border p-4 ${q.hidden ? "border-stone-200 bg-stone-100 text-stone-600" : "border-stone-200 bg-white"}`}
        >
          <div className="flex flex-wrap items-start justify-between gap-3">
            <p className="font-medium text-stone-900">
              {q.hidden ? <span className="mr-2 rounded bg-stone-700 px-1.5 py-0.5 text-xs font-semibold uppercase text-white">{t("hidden")}</span> : null}
              {q.prompt}
            </p>
            <form action={setQuestionHidden}>
              <input type="hidden" name="documentId" value={documentId} />
              <input type="hidden" name="questionId" value={q.id} />
              <input type="hidden" name="hidden" value={q.hidden ? "off" : "on"} />
              <button type="submit" className={buttonClasses("secondary")}>
                {q.hidden ? t("restore") : t("hide")}
                <span className="sr-only"> {t("questionNamed", { prompt: q.prompt })}</span>
              </button>
            </form>
          </div>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("answer")}</dt>
            <dd>{q.answer}</dd>
            {q.choices ? (
              <>
                <dt className="font-semibold">{t("choices")}</dt>
                <dd>{q.choices.join(" · ")}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("source")}</dt>
            <dd>
              <blockquote className="border-l-4 border-brand-600 pl-3 italic">{q.quote}</blockquote>
            </dd>
          </dl>
          {q.openReports.length > 0 ? (
            <ul className="space-y-1 text-sm text-amber-900" aria-label={t("openReports")}>
              {q.openReports.map((r) => (
                <li key={r.id}>
                  {t("reportedAs", { reason: reason(r.reason), name: r.reporterName })}
                  {r.comment ? `: “${r.comment}”` : ""}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
