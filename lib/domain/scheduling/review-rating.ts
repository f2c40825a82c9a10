import { Rating, type Grade } from "ts-fsrs";

/** The four answer buttons. */
export type ReviewRating = "again" | "hard" | "good" | "easy";

export const REVIEW_RATINGS: readonly ReviewRating[] = ["again", "hard", "good", "easy"];

const TO_GRADE: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export function toFsrsGrade(rating: ReviewRating): Grade {
  return TO_GRADE[rating];
}
