import "server-only";
import { FlashcardNotFoundError, StaleCardError } from "@/lib/domain/flashcards/flashcard-errors";
import { stateBeforeReview, type CardState } from "@/lib/domain/scheduling";
import { db } from "@/lib/server/db";
import { cardColumnsOf } from "@/lib/server/services/cards";
import { cardStateFromJson } from "@/lib/server/services/flashcards/card-state-json";

export interface UndoOutcome {
  cardId: string;
  /** The card's version after the undo (undo bumps it too, so a rating made before the undo is stale). */
  version: number;
  /** Exactly the state before the undone review. */
  state: CardState;
}

/**
 * Undoes one of the user's reviews, which must still be the latest thing that happened to its card
 * (card.version === log.cardVersion + 1): restores the card's previous state and deletes the log in one
 * transaction. A second undo of the same review (another tab) finds no log and changes nothing.
 */
export async function undoReview(userId: string, reviewLogId: string): Promise<UndoOutcome> {
  const log = await db.reviewLog.findFirst({
    where: { id: reviewLogId, userId },
    select: { id: true, cardId: true, cardVersion: true, previousJson: true, card: { select: { version: true } } },
  });
  if (!log) throw new FlashcardNotFoundError("review");
  const expectedVersion = log.cardVersion + 1;
  if (log.card.version !== expectedVersion) throw new StaleCardError(log.cardId);

  const state = stateBeforeReview({ previous: cardStateFromJson(log.previousJson) });
  await db.$transaction(async (tx) => {
    const updated = await tx.card.updateMany({
      where: { id: log.cardId, userId, version: expectedVersion },
      data: { ...cardColumnsOf(state), version: expectedVersion + 1 },
    });
    if (updated.count !== 1) throw new StaleCardError(log.cardId);
    const deleted = await tx.reviewLog.deleteMany({ where: { id: log.id, userId } });
    if (deleted.count !== 1) throw new StaleCardError(log.cardId);
  });
  return { cardId: log.cardId, version: expectedVersion + 1, state };
}
