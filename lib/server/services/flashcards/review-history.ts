import { dayKey, UTC_ZONE, type DayZone } from "@/lib/domain/progress";
import { db } from "@/lib/server/db";

// "Today" began at most 25 hours ago (a day with a DST change); 27 hours back covers it in any zone.
const LOOKBACK_MS = 27 * 60 * 60 * 1000;

async function reviewsToday(userId: string, now: Date, zone: DayZone, documentId?: string) {
  const rows = await db.reviewLog.findMany({
    where: {
      userId,
      reviewedAt: { gte: new Date(now.getTime() - LOOKBACK_MS), lte: now },
      ...(documentId ? { card: { question: { documentId } } } : {}),
    },
    select: { id: true, cardId: true, reviewedAt: true, previousJson: true },
    orderBy: [{ reviewedAt: "desc" }, { cardVersion: "desc" }],
  });
  const today = dayKey(now, zone);
  return rows.filter((row) => dayKey(row.reviewedAt, zone) === today);
}

/** Whether the review was the card's first (its previous state was "new"); a malformed row counts as not. */
function wasNew(previousJson: string): boolean {
  try {
    return (JSON.parse(previousJson) as { state?: unknown }).state === "new";
  } catch {
    return false;
  }
}

/**
 * New cards introduced today = cards whose FIRST review (the one made while the card was "new") falls on
 * today. Counting first reviews rather than created cards means that merely showing a card (which creates
 * its row) does not use up the daily allowance, and undoing a first review gives the allowance back.
 * Across all lessons: the limit is per day, not per lesson.
 */
export async function countNewIntroducedToday(userId: string, now: Date, zone: DayZone = UTC_ZONE): Promise<number> {
  const rows = await reviewsToday(userId, now, zone);
  const cards = new Set(rows.filter((row) => wasNew(row.previousJson)).map((row) => row.cardId));
  return cards.size;
}

/** The user's latest review today (optionally within one lesson): the one `u` undoes. */
export async function latestReviewToday(
  userId: string,
  now: Date,
  options: { zone?: DayZone; documentId?: string } = {},
): Promise<string | null> {
  const rows = await reviewsToday(userId, now, options.zone ?? UTC_ZONE, options.documentId);
  return rows[0]?.id ?? null;
}
