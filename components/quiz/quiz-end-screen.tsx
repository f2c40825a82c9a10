import Link from "next/link";
import type { AnswerResponse } from "@/lib/domain/scoring";
import { formatDuration } from "@/lib/domain/quiz/answer-timing";
import { buttonClasses } from "@/components/ui/button";
import { AddMissedForm } from "./add-missed-form";
import { SourceQuote } from "./source-quote";
import type { Question } from "@/lib/domain/generation/question-types";

export interface QuizEndScreenProps {
  attemptId: string;
  scope: string;
  summary: { score: number; correctCount: number; total: number };
  activeTimeMs: number;
  missed: { question: Question; answer: { response: AnswerResponse; score: number } | null }[];
}

function responseText(response: AnswerResponse): string {
  return typeof response === "string" ? response || "(blank)" : response.join(" → ");
}

/** Score, time, and every missed question with its answer and source; then "add to flashcards" and what next. */
export function QuizEndScreen({ attemptId, scope, summary, activeTimeMs, missed }: QuizEndScreenProps) {
  const percent = Math.round(summary.score * 100);
  return (
    <div className="space-y-8">
      <section aria-labelledby="result-heading" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="result-heading" className="font-serif text-2xl font-semibold text-stone-950">
          Your result
        </h2>
        <dl className="mt-4 grid grid-cols-3 gap-4 text-center">
          <div>
            <dt className="text-sm text-stone-600">Score</dt>
            <dd className="text-3xl font-semibold text-brand-800" data-testid="quiz-score">
              {percent}%
            </dd>
          </div>
          <div>
            <dt className="text-sm text-stone-600">Correct</dt>
            <dd className="text-3xl font-semibold text-stone-900" data-testid="quiz-correct">
              {summary.correctCount} of {summary.total}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-stone-600">Time</dt>
            <dd className="text-3xl font-semibold text-stone-900">{formatDuration(activeTimeMs)}</dd>
          </div>
        </dl>
      </section>

      {missed.length > 0 ? (
        <section aria-labelledby="missed-heading" className="space-y-4">
          <h2 id="missed-heading" className="font-serif text-2xl font-semibold text-stone-950">
            What you missed ({missed.length})
          </h2>
          <ol className="space-y-4">
            {missed.map(({ question, answer }) => (
              <li key={question.id} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="missed-question">
                <p className="font-medium text-stone-900">{question.prompt}</p>
                <dl className="grid gap-1 text-sm text-stone-800 sm:grid-cols-[auto_1fr] sm:gap-x-4">
                  <dt className="font-semibold">Your answer</dt>
                  <dd>
                    {answer ? responseText(answer.response) : "Not answered"}
                    {answer && answer.score > 0 && answer.score < 1 ? ` (${Math.round(answer.score * 100)}% of pairs in order)` : ""}
                  </dd>
                  <dt className="font-semibold">Correct answer</dt>
                  <dd>{responseText(question.answer)}</dd>
                </dl>
                <SourceQuote source={question.source} />
              </li>
            ))}
          </ol>
          <AddMissedForm attemptId={attemptId} />
        </section>
      ) : (
        <p className="text-lg text-stone-800">You missed nothing. Well done!</p>
      )}

      <div className="flex flex-wrap gap-3">
        <Link href={`/quiz?scope=${encodeURIComponent(scope)}`} className={buttonClasses("primary")}>
          Another quiz like this
        </Link>
        <Link href="/quiz" className={buttonClasses("secondary")}>
          Start a different quiz
        </Link>
      </div>
    </div>
  );
}
