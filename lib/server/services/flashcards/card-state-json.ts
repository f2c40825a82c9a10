import "server-only";
import { cloneCardState, type CardState } from "@/lib/domain/scheduling";

/** ReviewLog.previousJson: the whole card state before a review, so undo is an exact restore. */
export function cardStateToJson(state: CardState): string {
  return JSON.stringify(state);
}

/** Revives the dates JSON turned into strings. */
export function cardStateFromJson(json: string): CardState {
  const raw = JSON.parse(json) as Omit<CardState, "due" | "lastReview"> & { due: string; lastReview: string | null };
  return cloneCardState({
    ...raw,
    due: new Date(raw.due),
    lastReview: raw.lastReview === null ? null : new Date(raw.lastReview),
  });
}
