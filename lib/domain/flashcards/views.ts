// What the study and settings pages and the flashcard actions hand to the client: plain, serialisable data.
import type { QuestionKind } from "@/lib/domain/generation/question-types";
import type { CardStateName, ReviewRating } from "@/lib/domain/scheduling";
import type { AppErrorCode } from "@/lib/domain/errors/app-error";
import type { StudyStreak } from "@/lib/domain/progress";

export interface IntervalLabel {
  rating: ReviewRating;
  /** e.g. "10 min", "4 d": what this button schedules. */
  label: string;
  /** The same interval in milliseconds, for the label in the interface's language. */
  intervalMs: number;
}

export interface StudyCardView {
  cardId: string;
  /** The version a rating of this card must name (optimistic concurrency). */
  version: number;
  questionId: string;
  kind: QuestionKind;
  /** Card phase before this review: "new" shows a "New" badge. */
  phase: CardStateName;
  /** The front: the question's prompt (or cloze). */
  prompt: string;
  /** Chronology: the events to order, shuffled, so the front can be answered. */
  events: string[] | null;
  /** The back: the answer; an ordered list for chronology. */
  answer: string | string[];
  quotes: { sentenceId: string; quote: string }[];
  documentId: string;
  documentTitle: string;
  /** `/lessons/<documentId>#<sentenceId>` */
  lessonHref: string;
  intervals: IntervalLabel[];
}

export interface StudyCountsView {
  /** Started cards due now (in scope). */
  due: number;
  /** New cards still to be shown today (in scope), within the daily limit. */
  newLeft: number;
  /** New cards first rated today (all lessons): what the daily limit counts. */
  newIntroducedToday: number;
  newCardsPerDay: number;
  /** Reviews made today (all lessons): the end-of-session summary. */
  reviewsToday: number;
  /** Cards held back until tomorrow because a sibling was seen today. */
  buried: number;
}

export interface StudySessionView {
  /** null: all lessons. */
  documentId: string | null;
  card: StudyCardView | null;
  counts: StudyCountsView;
  /** ISO time of the next started card that is not due yet; null when none. */
  nextDueAt: string | null;
  /** Milliseconds until nextDueAt (worded in the interface's language on screen); null when none. */
  nextDueInMs: number | null;
  /** Unseen cards are waiting but today's new-card limit is used up. */
  newLimitReached: boolean;
  /** The latest review today that `u` would undo, or null. */
  undoableReviewId: string | null;
  /** The study-day streak, for the end-of-session summary: null while cards remain (and when peeking). */
  streak: StudyStreak | null;
}

/** What the rate and undo actions return: the session to show next, or why nothing changed. */
export type StudyActionResult =
  | { ok: true; session: StudySessionView }
  | {
      ok: false;
      /** An error catalogue code: stale-card / review-not-found (session is fresh), card-not-found, invalid-input. */
      code: AppErrorCode;
      message: string;
      session: StudySessionView | null;
    };

export interface StudySettings {
  desiredRetention: number;
  newCardsPerDay: number;
  keyboardShortcuts: boolean;
}
