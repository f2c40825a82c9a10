import { addDays, dayKey, UTC_ZONE, type DayKey, type DayZone } from "./calendar-day";

/** Streak lengths worth marking, in days. */
export const STREAK_MILESTONES = [7, 30, 100, 365] as const;
/** Distinct cards studied worth marking. */
export const CARD_MILESTONES = [100, 500, 1000] as const;

export interface Milestone {
  kind: "streak-days" | "cards";
  value: number;
}

export interface StudyStreak {
  /** Consecutive days with a review, up to today (or up to yesterday while today is still open). */
  days: number;
  studiedToday: boolean;
  /** Distinct cards ever reviewed. */
  cards: number;
  /** The milestone crossed today, if any (the streak when both are); marked on the day it happens only. */
  reachedToday: Milestone | null;
}

export interface ReviewMark {
  cardId: string;
  reviewedAt: Date;
}

/**
 * A study-day streak and its milestones from the review log. A streak is only broken by a whole day
 * without a review: until today ends, yesterday's streak still counts.
 */
export function studyStreak(reviews: readonly ReviewMark[], now: Date, zone: DayZone = UTC_ZONE): StudyStreak {
  const today = dayKey(now, zone);
  const days = new Set<DayKey>();
  const firstDayOfCard = new Map<string, DayKey>();
  for (const review of reviews) {
    if (review.reviewedAt.getTime() > now.getTime()) continue;
    const day = dayKey(review.reviewedAt, zone);
    days.add(day);
    const first = firstDayOfCard.get(review.cardId);
    if (first === undefined || day < first) firstDayOfCard.set(review.cardId, day);
  }

  const studiedToday = days.has(today);
  let length = 0;
  for (let day = studiedToday ? today : addDays(today, -1); days.has(day); day = addDays(day, -1)) length += 1;

  const cards = firstDayOfCard.size;
  const cardsBeforeToday = [...firstDayOfCard.values()].filter((day) => day < today).length;
  const cardMilestone = [...CARD_MILESTONES].reverse().find((value) => cardsBeforeToday < value && value <= cards);
  const streakMilestone = studiedToday ? STREAK_MILESTONES.find((value) => value === length) : undefined;

  const reachedToday: Milestone | null =
    streakMilestone !== undefined ? { kind: "streak-days", value: streakMilestone } : cardMilestone !== undefined ? { kind: "cards", value: cardMilestone } : null;
  return { days: length, studiedToday, cards, reachedToday };
}
