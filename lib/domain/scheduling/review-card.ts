import { cloneCardState, fromFsrsCard, stateNameFromFsrs, toFsrsCard, type CardState, type CardStateName } from "./card-state";
import { toFsrsGrade, type ReviewRating } from "./review-rating";
import { createScheduler, type SchedulerOptions } from "./scheduler-options";

/**
 * One review, as persisted. Mirrors ts-fsrs's ReviewLog (what an FSRS
 * optimiser needs) and additionally embeds the complete card state before the
 * review, so undo is a plain restore rather than a reconstruction.
 */
export interface ReviewLogRecord {
  rating: ReviewRating;
  /** Card phase before this review. */
  state: CardStateName;
  /** ts-fsrs semantics: the previous review time, or the previous due date for a new card. */
  due: Date;
  /** Memory state before this review. */
  stability: number;
  difficulty: number;
  /** Whole days since the previous review (0 for a new card). */
  elapsedDays: number;
  /** elapsedDays of the previous review. */
  lastElapsedDays: number;
  /** Interval the card had before this review. */
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
  /** Exact card state before the review; stateBeforeReview returns it. */
  previous: CardState;
}

export interface ReviewResult {
  state: CardState;
  log: ReviewLogRecord;
}

export function reviewCard(
  state: CardState,
  rating: ReviewRating,
  now: Date,
  options: SchedulerOptions = {},
): ReviewResult {
  const scheduler = createScheduler(options, state.reps);
  const { card, log } = scheduler.next(toFsrsCard(state), now, toFsrsGrade(rating));
  return {
    state: fromFsrsCard(card),
    log: {
      rating,
      state: stateNameFromFsrs(log.state),
      due: new Date(log.due.getTime()),
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      reviewedAt: new Date(now.getTime()),
      previous: cloneCardState(state),
    },
  };
}
