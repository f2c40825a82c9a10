import type { QuestionKind } from "../generation/question-types";

export const QUIZ_COUNTS = [5, 10, 20] as const;
export type QuizCount = (typeof QUIZ_COUNTS)[number];
export const DEFAULT_QUIZ_COUNT: QuizCount = 10;

/** Readable names for the start form and the end screen, in the order the form lists them. */
export const QUESTION_KIND_LABELS: Readonly<Record<QuestionKind, string>> = {
  "year-choice": "Which year?",
  "date-cloze": "Fill in the date",
  "event-for-date": "What happened on this date?",
  "true-false": "True or false",
  chronology: "Put events in order",
  "who-what": "Who or what?",
  "number-cloze": "Fill in the number",
};

export function isQuizCount(value: number): value is QuizCount {
  return (QUIZ_COUNTS as readonly number[]).includes(value);
}
