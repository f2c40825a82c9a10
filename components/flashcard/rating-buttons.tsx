import type { ReviewRating } from "@/lib/domain/scheduling";
import type { IntervalLabel } from "@/lib/domain/flashcards/views";
import { RATING_KEYS } from "./use-study-shortcuts";

export const RATING_NAMES: Record<ReviewRating, string> = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" };

const RATING_STYLES: Record<ReviewRating, string> = {
  again: "border-red-300 hover:bg-red-50",
  hard: "border-amber-300 hover:bg-amber-50",
  good: "border-emerald-300 hover:bg-emerald-50",
  easy: "border-sky-300 hover:bg-sky-50",
};

/** Again / Hard / Good / Easy, each with its key (when shortcuts are on) and the interval it schedules. */
export function RatingButtons({
  intervals,
  showKeys,
  disabled,
  onRate,
}: {
  intervals: IntervalLabel[];
  showKeys: boolean;
  disabled: boolean;
  onRate: (rating: ReviewRating) => void;
}) {
  return (
    <div role="group" aria-labelledby="rating-prompt" className="space-y-2">
      <p id="rating-prompt" className="text-sm font-medium text-stone-800">
        How well did you remember it?
      </p>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {intervals.map(({ rating, label }) => (
          <button
            key={rating}
            type="button"
            disabled={disabled}
            onClick={() => onRate(rating)}
            aria-keyshortcuts={showKeys ? RATING_KEYS[rating] : undefined}
            className={`flex flex-col items-center gap-1 rounded-md border-2 bg-white px-3 py-2 text-stone-900 disabled:cursor-wait disabled:opacity-60 ${RATING_STYLES[rating]}`}
          >
            <span className="flex items-center gap-2 font-semibold">
              {showKeys ? (
                <kbd className="rounded border border-stone-300 bg-stone-100 px-1.5 text-xs font-mono text-stone-700">
                  {RATING_KEYS[rating]}
                </kbd>
              ) : null}
              {RATING_NAMES[rating]}
            </span>
            <span className="text-xs text-stone-600">
              <span className="sr-only">next review in </span>
              {label}
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}
