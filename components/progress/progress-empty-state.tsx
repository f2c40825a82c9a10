import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

/** A brand-new learner sees where to begin, not a page of empty charts. */
export function ProgressEmptyState() {
  return (
    <section aria-labelledby="progress-empty-heading" className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h2 id="progress-empty-heading" className="text-xl font-semibold text-stone-950">
        Nothing to chart yet
      </h2>
      <p className="mt-2 max-w-prose text-stone-700">
        Review a few flashcards or take a quiz, and this page will show what is due, how your answers are going and
        which lessons you know best.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link href="/study" className={buttonClasses("primary")}>
          Study flashcards
        </Link>
        <Link href="/quiz" className={buttonClasses("secondary")}>
          Take a quiz
        </Link>
      </div>
    </section>
  );
}
