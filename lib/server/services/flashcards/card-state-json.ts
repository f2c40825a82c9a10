import "server-only";
import type { CardState } from "@/lib/domain/scheduling";
import { storedCardStateSchema } from "@/lib/domain/scheduling/card-state-schema";
import { parseJsonColumn } from "@/lib/server/json-column";

/** ReviewLog.previousJson: the whole card state before a review, so undo is an exact restore. */
export function cardStateToJson(state: CardState): string {
  return JSON.stringify(state);
}

/** Back to a CardState, its dates revived, checked by the stored shape's schema. */
export function cardStateFromJson(json: string): CardState {
  return parseJsonColumn(storedCardStateSchema, json);
}
