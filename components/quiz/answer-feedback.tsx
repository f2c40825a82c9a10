import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Question } from "@/lib/domain/generation/question-types";
import type { AnswerResultView } from "@/lib/domain/quiz/views";
import { ReportQuestionForm } from "@/components/library/report-question-form";
import { buttonClasses } from "@/components/ui/button";
import { FocusHeading } from "./focus-heading";
import { SourceQuote } from "./source-quote";

export interface AnswerFeedbackProps {
  /** For the prompt, the explanation and the source sentences. */
  question: Question;
  /** The answer as recorded; `finished` sends the button to the results. */
  answer: AnswerResultView;
  nextHref: string;
}

function OrderedEvents({ title, events }: { title: string; events: readonly string[] }) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-stone-800">{title}</h3>
      <ol className="ml-5 list-decimal text-stone-800">
        {events.map((event) => (
          <li key={event}>{event}</li>
        ))}
      </ol>
    </div>
  );
}

/** Right or wrong at once, with the correct answer, the source sentence and a link to it. */
export async function AnswerFeedback({ question, answer, nextHref }: AnswerFeedbackProps) {
  const t = await getTranslations("quiz");
  const partial = !answer.correct && answer.score > 0;
  const verdict = answer.correct ? t("correct") : partial ? t("partlyRight") : t("incorrect");
  const tone = answer.correct ? "border-emerald-300 bg-emerald-50" : partial ? "border-amber-300 bg-amber-50" : "border-red-300 bg-red-50";
  const pairs = answer.pairs ? { correct: answer.pairs.inOrder, total: answer.pairs.total } : null;
  return (
    <section role="status" aria-live="polite" data-testid="answer-feedback" className={`space-y-4 rounded-lg border p-5 ${tone}`}>
      <FocusHeading className="font-serif text-2xl font-semibold text-stone-950">{verdict}</FocusHeading>
      <p className="text-stone-800">{question.prompt}</p>
      {Array.isArray(answer.expected) ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {pairs ? <p className="sm:col-span-2 font-medium" data-testid="partial-credit">{t("pairs", pairs)}</p> : null}
          {Array.isArray(answer.response) && !answer.correct ? <OrderedEvents title={t("yourOrder")} events={answer.response} /> : null}
          <OrderedEvents title={t("correctOrder")} events={answer.expected} />
        </div>
      ) : (
        <dl className="grid gap-1 text-stone-800 sm:grid-cols-[auto_1fr] sm:gap-x-4">
          <dt className="font-semibold">{t("yourAnswer")}</dt>
          <dd data-testid="your-answer">{typeof answer.response === "string" ? answer.response || t("blank") : answer.response.join(", ")}</dd>
          <dt className="font-semibold">{t("correctAnswer")}</dt>
          <dd data-testid="correct-answer">{answer.expected}</dd>
        </dl>
      )}
      {/* Some explanations only restate the quote shown just below. */}
      {question.explanation && !question.explanation.includes(question.source.quote) ? (
        <p className="text-stone-700">{question.explanation}</p>
      ) : null}
      <SourceQuote source={question.source} />
      <ReportQuestionForm key={question.id} questionId={question.id} />
      <Link href={nextHref} className={buttonClasses("primary")}>
        {answer.finished ? t("seeResults") : t("nextQuestion")}
      </Link>
    </section>
  );
}
