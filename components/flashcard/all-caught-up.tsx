import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { StudySessionView } from "@/lib/domain/flashcards/views";

/** The empty state: nothing due and no new cards left for today. */
export function AllCaughtUp({ session }: { session: StudySessionView }) {
  const quizHref = "/quiz";
  return (
    <div className="space-y-4 rounded-lg border border-stone-200 bg-white p-6 text-center" data-testid="all-caught-up">
      <h2 className="font-serif text-2xl font-semibold text-stone-950">
        {session.nextDueIn ? `All caught up — next card due in ${session.nextDueIn}` : "All caught up — no cards are scheduled yet"}
      </h2>
      {session.newLimitReached ? (
        <p className="text-stone-700">
          You’ve started today’s {session.counts.newCardsPerDay} new {session.counts.newCardsPerDay === 1 ? "card" : "cards"}. More arrive tomorrow, or raise the limit
          in{" "}
          <Link href="/settings" className="font-medium text-brand-700 underline">
            settings
          </Link>
          .
        </p>
      ) : null}
      <Link href={quizHref} className={buttonClasses("primary")}>
        Start a quiz
      </Link>
    </div>
  );
}
