import "server-only";
import { FlashcardNotFoundError, StaleCardError } from "@/lib/domain/flashcards/flashcard-errors";
import { reviewCard, type CardState, type ReviewRating } from "@/lib/domain/scheduling";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { cardColumnsOf, cardStateOf, CARD_STATE_SELECT } from "@/lib/server/services/cards";
import { schedulerOptionsFor } from "@/lib/server/services/flashcards/card-view";
import { cardStateToJson } from "@/lib/server/services/flashcards/card-state-json";
import { getStudySettings } from "@/lib/server/services/flashcards/study-settings";

export interface RateCardInput {
  cardId: string;
  /** The card version the learner saw when rating (StudyCardView.version). */
  expectedVersion: number;
  rating: ReviewRating;
}

export interface RateCardOutcome {
  reviewLogId: string;
  /** The card's version after the review. */
  version: number;
  state: CardState;
}

/**
 * Applies one rating at `now`. Two guards make a second application of the same rating (a second tab, a
 * double key press, a retried request) impossible: the card update only matches the expected version, and
 * the review log's unique (cardId, cardVersion) refuses a second row for that version. Either way the
 * caller gets StaleCardError and nothing is written.
 */
export async function rateCard(
  userId: string,
  input: RateCardInput,
  now: Date,
  /** The learner's settings when the caller already read them (the action does, for the next card too). */
  settings?: { desiredRetention: number },
): Promise<RateCardOutcome> {
  const card = await db.card.findFirst({
    where: { id: input.cardId, userId },
    select: { id: true, version: true, ...CARD_STATE_SELECT },
  });
  if (!card) throw new FlashcardNotFoundError("card");
  if (card.version !== input.expectedVersion) throw new StaleCardError(card.id);

  const { desiredRetention } = settings ?? (await getStudySettings(userId));
  const { state, log } = reviewCard(cardStateOf(card), input.rating, now, schedulerOptionsFor(card.id, desiredRetention));

  try {
    const reviewLogId = await db.$transaction(async (tx) => {
      const updated = await tx.card.updateMany({
        where: { id: card.id, userId, version: input.expectedVersion },
        data: { ...cardColumnsOf(state), version: input.expectedVersion + 1 },
      });
      if (updated.count !== 1) throw new StaleCardError(card.id);
      const row = await tx.reviewLog.create({
        data: {
          cardId: card.id,
          userId,
          rating: input.rating,
          cardVersion: input.expectedVersion,
          reviewedAt: now,
          stateAfter: state.state,
          // The interval this review set (the domain log keeps the one before; previousJson has it too).
          scheduledDays: state.scheduledDays,
          previousJson: cardStateToJson(log.previous),
        },
        select: { id: true },
      });
      return row.id;
    });
    return { reviewLogId, version: input.expectedVersion + 1, state };
  } catch (error) {
    if (isUniqueViolation(error)) throw new StaleCardError(card.id);
    throw error;
  }
}
