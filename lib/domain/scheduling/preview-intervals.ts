import { toFsrsCard, type CardState } from "./card-state";
import { formatInterval } from "./interval-label";
import { REVIEW_RATINGS, toFsrsGrade, type ReviewRating } from "./review-rating";
import { createScheduler, type SchedulerOptions } from "./scheduler-options";

export interface IntervalPreview {
  rating: ReviewRating;
  due: Date;
  intervalMs: number;
  /** e.g. "10 min", "4 d", "2 mo". */
  label: string;
}

/** What each button would do, in button order (again, hard, good, easy). */
export function previewIntervals(state: CardState, now: Date, options: SchedulerOptions = {}): IntervalPreview[] {
  const scheduler = createScheduler(options, state.reps);
  const preview = scheduler.repeat(toFsrsCard(state), now);
  return REVIEW_RATINGS.map((rating) => {
    const due = new Date(preview[toFsrsGrade(rating)].card.due.getTime());
    const intervalMs = Math.max(0, due.getTime() - now.getTime());
    return { rating, due, intervalMs, label: formatInterval(intervalMs) };
  });
}
