import { useTranslations } from "next-intl";
import type { Question } from "@/lib/domain/generation/question-types";
import type { AnswerResponse } from "@/lib/domain/scoring";
import { SourceQuote } from "./source-quote";

export type MissedQuestion = { question: Question; answer: { response: AnswerResponse; score: number } | null };

function responseText(response: AnswerResponse, blank: string): string {
  return typeof response === "string" ? response || blank : response.join(" → ");
}

/** Every missed question with the learner's answer, the right one and its source: collapsed until asked for. */
export function MissedReview({ missed }: { missed: MissedQuestion[] }) {
  const t = useTranslations("quiz");
  return (
    <details className="group rounded-lg border border-stone-200 bg-white" data-testid="missed-review">
      <summary className="cursor-pointer list-none px-4 py-3 font-semibold text-stone-900 marker:hidden">
        <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90 motion-reduce:transition-none">
          ▸
        </span>
        {t("reviewMissed", { count: missed.length })}
      </summary>
      <ol className="space-y-4 border-t border-stone-200 p-4">
        {missed.map(({ question, answer }) => (
          <li key={question.id} className="space-y-3" data-testid="missed-question">
            <p className="font-medium text-stone-900">{question.prompt}</p>
            <dl className="grid gap-1 text-sm text-stone-800 sm:grid-cols-[auto_1fr] sm:gap-x-4">
              <dt className="font-semibold">{t("yourAnswer")}</dt>
              <dd>
                {answer ? responseText(answer.response, t("blank")) : t("notAnswered")}
                {answer && answer.score > 0 && answer.score < 1 ? ` (${t("pairsInOrder", { percent: Math.round(answer.score * 100) })})` : ""}
              </dd>
              <dt className="font-semibold">{t("correctAnswer")}</dt>
              <dd>{responseText(question.answer, t("blank"))}</dd>
            </dl>
            <SourceQuote source={question.source} />
          </li>
        ))}
      </ol>
    </details>
  );
}
