import { cloneCardState, type CardState } from "./card-state";
import type { ReviewLogRecord } from "./review-card";

/**
 * The card's state before the review recorded by `log`: the log stores it whole, so undoing a review is
 * a restore. The caller also deletes the log row.
 */
export function stateBeforeReview(log: Pick<ReviewLogRecord, "previous">): CardState {
  return cloneCardState(log.previous);
}
