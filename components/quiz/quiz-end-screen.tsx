import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDuration } from "@/lib/domain/quiz/answer-timing";
import { buttonClasses } from "@/components/ui/button";
import { AddMissedForm } from "./add-missed-form";
import { MissedReview, type MissedQuestion } from "./missed-review";

export interface QuizEndScreenProps {
  attemptId: string;
  scope: string;
  summary: { score: number; correctCount: number; total: number };
  activeTimeMs: number;
  missed: MissedQuestion[];
}

/**
 * One score, said one way: the percentage, then how it is made up (ordering questions earn part marks, so
 * the percentage can exceed the share fully right). Actions next; the review of misses stays collapsed.
 */
export function QuizEndScreen({ attemptId, scope, summary, activeTimeMs, missed }: QuizEndScreenProps) {
  const t = useTranslations("quiz");
  const percent = Math.round(summary.score * 100);
  const partial = missed.filter(({ answer }) => answer && answer.score > 0 && answer.score < 1).length;
  return (
    <div className="space-y-6">
      <section aria-labelledby="result-heading" className="rounded-lg border border-stone-200 bg-white p-5 sm:p-6" data-testid="quiz-result">
        <h2 id="result-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
          {t("yourScore")}
        </h2>
        <p className="mt-1 font-serif text-5xl font-semibold text-brand-800" data-testid="quiz-score">
          {percent}%
        </p>
        <p className="mt-2 text-stone-800" data-testid="quiz-score-statement">
          {t("scoreStatement", { correct: summary.correctCount, total: summary.total, partial, time: formatDuration(activeTimeMs) })}
        </p>
        {partial > 0 ? (
          <p className="mt-1 text-sm text-stone-600">
            {t("partialExplained")}
          </p>
        ) : null}
      </section>

      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
        {missed.length > 0 ? <AddMissedForm attemptId={attemptId} /> : null}
        <Link href={`/quiz?scope=${encodeURIComponent(scope)}`} className={buttonClasses(missed.length > 0 ? "secondary" : "primary")}>
          {t("anotherLikeThis")}
        </Link>
        <Link href="/quiz" className={buttonClasses("secondary")}>
          {t("differentQuiz")}
        </Link>
      </div>

      {missed.length > 0 ? <MissedReview missed={missed} /> : <p className="text-lg text-stone-800">{t("missedNothing")}</p>}
    </div>
  );
}
