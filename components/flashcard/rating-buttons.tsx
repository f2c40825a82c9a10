import { useTranslations } from "next-intl";
import type { ReviewRating } from "@/lib/domain/scheduling";
import { rateCardFromForm } from "@/lib/actions/rate-card-from-form";
import type { StudyCardView } from "@/lib/domain/flashcards/views";
import { intervalText } from "./interval-text";
import { RATING_KEYS } from "./use-study-shortcuts";

const RATING_STYLES: Record<ReviewRating, string> = {
  again: "border-red-300 hover:bg-red-50",
  hard: "border-amber-300 hover:bg-amber-50",
  good: "border-emerald-300 hover:bg-emerald-50",
  easy: "border-sky-300 hover:bg-sky-50",
};

/**
 * Again / Hard / Good / Easy, each with its key (when shortcuts are on) and the interval it schedules.
 * A form post without JavaScript; with it, the session rates in place.
 */
export function RatingButtons({
  card,
  lesson,
  showKeys,
  disabled,
  onRate,
}: {
  card: StudyCardView;
  lesson: string;
  showKeys: boolean;
  disabled: boolean;
  onRate: (rating: ReviewRating) => void;
}) {
  const t = useTranslations("study");
  const intervalWords = useTranslations("intervals");
  return (
    // A form may not take role="group" (axe: aria-allowed-role); the labelled group is the div inside it.
    <form action={rateCardFromForm} className="space-y-2">
      <input type="hidden" name="cardId" value={card.cardId} />
      <input type="hidden" name="expectedVersion" value={card.version} />
      <input type="hidden" name="lesson" value={lesson} />
      <p id="rating-prompt" className="text-sm font-medium text-stone-800">
        {t("howWell")}
      </p>
      <div role="group" aria-labelledby="rating-prompt" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {card.intervals.map(({ rating, intervalMs }) => (
          <button
            key={rating}
            type="submit"
            name="rating"
            value={rating}
            disabled={disabled}
            onClick={(event) => {
              event.preventDefault();
              onRate(rating);
            }}
            aria-keyshortcuts={showKeys ? RATING_KEYS[rating] : undefined}
            className={`flex flex-col items-center gap-1 rounded-md border-2 bg-white px-3 py-2 text-stone-900 disabled:cursor-wait disabled:opacity-60 ${RATING_STYLES[rating]}`}
          >
            <span className="flex items-center gap-2 font-semibold">
              {showKeys ? (
                <kbd className="rounded border border-stone-300 bg-stone-100 px-1.5 text-xs font-mono text-stone-700">
                  {RATING_KEYS[rating]}
                </kbd>
              ) : null}
              {t(`ratings.${rating}`)}
            </span>
            <span className="text-xs text-stone-600">
              <span className="sr-only">{t("nextReviewIn")} </span>
              <span data-testid={`rating-interval-${rating}`}>{intervalText(intervalWords, intervalMs)}</span>
            </span>
          </button>
        ))}
      </div>
    </form>
  );
}
