import { cloneCardState, type CardState } from "./card-state";
import type { ReviewLogRecord } from "./review-card";

/**
 * Undo the review recorded by `log`: the previous state is stored whole in
 * the log, so this is a restore. Callers should also delete the log row.
 */
export function undoReview(log: Pick<ReviewLogRecord, "previous">): CardState {
  return cloneCardState(log.previous);
}
