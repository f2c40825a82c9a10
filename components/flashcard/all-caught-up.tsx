import Link from "next/link";
import { useTranslations } from "next-intl";
import { StreakMark } from "@/components/progress/streak-mark";
import { buttonClasses } from "@/components/ui/button";
import type { StudySessionView } from "@/lib/domain/flashcards/views";
import { intervalText } from "./interval-text";

/** The end of a session: what was done today, why some cards wait, and what next. Quiet, no fanfare. */
export function AllCaughtUp({ session }: { session: StudySessionView }) {
  const t = useTranslations("study");
  const intervalWords = useTranslations("intervals");
  const { counts } = session;
  return (
    <div className="space-y-4 rounded-lg border border-stone-200 bg-white p-6 text-center" data-testid="all-caught-up">
      <p aria-hidden="true" className="mx-auto flex h-10 w-10 items-center justify-center rounded-full bg-emerald-100 text-lg text-emerald-800">
        ✓
      </p>
      <h2 className="font-serif text-2xl font-semibold text-stone-950">
        {session.nextDueInMs !== null ? t("caughtUpNext", { when: intervalText(intervalWords, session.nextDueInMs) }) : t("caughtUpNone")}
      </h2>
      <p className="text-stone-700" data-testid="session-summary">
        {t("sessionSummary", { count: counts.reviewsToday })}
        {counts.buried > 0 ? ` ${t("buried", { count: counts.buried })}` : ""}
      </p>
      {session.streak ? (
        <div className="flex justify-center">
          <StreakMark streak={session.streak} />
        </div>
      ) : null}
      {session.newLimitReached ? (
        <p className="text-stone-700">
          {t("limitReached", { count: counts.newCardsPerDay })}{" "}
          <Link href="/settings" className="font-medium text-brand-700 underline">
            {t("settings")}
          </Link>
        </p>
      ) : null}
      <Link href="/quiz" className={buttonClasses("primary")}>
        {t("startQuiz")}
      </Link>
    </div>
  );
}
