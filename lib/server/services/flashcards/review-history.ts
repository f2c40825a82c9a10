import "server-only";
import { dayKey, UTC_ZONE, type DayZone } from "@/lib/domain/progress";
import { storedCardStateSchema } from "@/lib/domain/scheduling/card-state-schema";
import { db } from "@/lib/server/db";
import { parseJsonColumn } from "@/lib/server/json-column";

// "Today" began at most 25 hours ago (a day with a DST change); 27 hours back covers it in any zone.
const LOOKBACK_MS = 27 * 60 * 60 * 1000;

/** Whether the review was the card's first (its previous state was "new"); a malformed row counts as not. */
function wasNew(previousJson: string): boolean {
  try {
    return parseJsonColumn(storedCardStateSchema, previousJson).state === "new";
  } catch {
    return false;
  }
}

/**
 * Today's reviews, read once, answer both questions a study session asks:
 * - newIntroducedToday: cards whose FIRST review (made while the card was "new") falls on today. Counting first
 *   reviews rather than created cards means that merely showing a card (which creates its row) does not use up
 *   the daily allowance, and undoing a first review gives it back. Across all lessons: the limit is per day.
 * - undoableReviewId: the latest review today (within the studied lesson, if any): the one `u` undoes.
 * - reviewedQuestionIds: every card reviewed today, whose siblings wait until tomorrow.
 */
export async function todaysReviews(
  userId: string,
  now: Date,
  options: { zone?: DayZone; documentId?: string } = {},
): Promise<{ newIntroducedToday: number; undoableReviewId: string | null; reviewedQuestionIds: string[]; reviewsToday: number }> {
  const zone = options.zone ?? UTC_ZONE;
  const rows = await db.reviewLog.findMany({
    where: { userId, reviewedAt: { gte: new Date(now.getTime() - LOOKBACK_MS), lte: now } },
    select: { id: true, cardId: true, reviewedAt: true, previousJson: true, card: { select: { questionId: true, question: { select: { documentId: true } } } } },
    orderBy: [{ reviewedAt: "desc" }, { cardVersion: "desc" }],
  });
  const today = dayKey(now, zone);
  const todays = rows.filter((row) => dayKey(row.reviewedAt, zone) === today);
  const firstReviews = new Set(todays.filter((row) => wasNew(row.previousJson)).map((row) => row.cardId));
  const undoable = todays.find((row) => !options.documentId || row.card.question.documentId === options.documentId);
  return {
    newIntroducedToday: firstReviews.size,
    undoableReviewId: undoable?.id ?? null,
    reviewedQuestionIds: [...new Set(todays.map((row) => row.card.questionId))],
    reviewsToday: todays.length,
  };
}
