import Link from "next/link";
import { useTranslations } from "next-intl";
import { finishQuiz } from "@/lib/actions/finish-quiz";
import { buttonClasses } from "@/components/ui/button";

/** The way out of a quiz: a link to a confirm step (a page of its own, so it works without JavaScript). */
export function FinishNowLink({ attemptId }: { attemptId: string }) {
  const t = useTranslations("quiz");
  return (
    <div className="mt-10 border-t border-stone-200 pt-4">
      <Link
        href={`/quiz/${encodeURIComponent(attemptId)}?finish=confirm`}
        className="text-sm font-medium text-stone-600 underline hover:text-stone-900"
      >
        {t("finishNow")}
      </Link>
    </div>
  );
}

/** Asks before ending early: unanswered questions count as missed. */
export function FinishNowConfirm({ attemptId, unanswered }: { attemptId: string; unanswered: number }) {
  const t = useTranslations("quiz");
  return (
    <section aria-labelledby="finish-heading" className="space-y-4 rounded-lg border border-amber-300 bg-amber-50 p-5" data-testid="finish-confirm">
      <h2 id="finish-heading" className="text-lg font-semibold text-stone-950">
        {t("finishTitle")}
      </h2>
      <p className="text-stone-800">
        {t("finishUnanswered", { count: unanswered })}
      </p>
      <form action={finishQuiz} className="flex flex-col gap-3 sm:flex-row">
        <input type="hidden" name="attemptId" value={attemptId} />
        <button type="submit" className={buttonClasses("primary")}>
          {t("finishConfirm")}
        </button>
        <Link href={`/quiz/${encodeURIComponent(attemptId)}`} className={buttonClasses("secondary")}>
          {t("keepGoing")}
        </Link>
      </form>
    </section>
  );
}
