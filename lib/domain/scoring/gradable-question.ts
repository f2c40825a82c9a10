import type { QuestionKind } from "../generation/question-types";

export type { QuestionKind };

/** The part of a generated Question that grading needs, so tests can grade hand-made questions. */
export interface GradableQuestion {
  id: string;
  kind: QuestionKind;
  /** string[] only for chronology: event texts in the correct order. */
  answer: string | readonly string[];
  choices?: readonly string[];
}

/** What a client may submit: one string, or an ordering for chronology. */
export type AnswerResponse = string | readonly string[];
