import { default_w, forgetting_curve } from "ts-fsrs";
import type { CardState } from "./card-state";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Probability of recall now (0..1); 0 for cards never reviewed.
 * Uses fractional days since the last review (ts-fsrs's get_retrievability
 * floors to whole days), so dashboards decay smoothly within a day.
 */
export function retrievability(state: CardState, now: Date): number {
  if (state.state === "new" || state.lastReview === null || state.stability <= 0) return 0;
  const elapsedDays = Math.max(0, (now.getTime() - state.lastReview.getTime()) / DAY_MS);
  const r = forgetting_curve(default_w, elapsedDays, state.stability);
  return Math.min(1, Math.max(0, r));
}
