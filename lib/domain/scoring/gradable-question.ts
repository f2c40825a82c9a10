/**
 * The part of a content-engine Question that grading needs. Declared here
 * (structurally) so scoring does not depend on the content engine's module.
 */
export type QuestionKind =
  | "year-choice"
  | "date-cloze"
  | "event-for-date"
  | "true-false"
  | "chronology"
  | "who-what"
  | "number-cloze";

export interface GradableQuestion {
  id: string;
  kind: QuestionKind;
  /** string[] only for chronology: event texts in the correct order. */
  answer: string | readonly string[];
  choices?: readonly string[];
}

/** What a client may submit: one string, or an ordering for chronology. */
export type AnswerResponse = string | readonly string[];
