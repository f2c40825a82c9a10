// The question shape shared by the quiz, the export script and the app. Keep it stable.

export type QuestionKind =
  | "year-choice"
  | "date-cloze"
  | "event-for-date"
  | "true-false"
  | "chronology"
  | "who-what"
  | "number-cloze";

export interface QuestionQuote {
  sentenceId: string;
  quote: string;
  /** Set on every chronology quote: cross-document sets quote several documents. */
  documentId?: string;
}

export interface QuestionSource {
  documentId: string;
  documentTitle: string;
  sectionId: string;
  sentenceId: string;
  /** The exact sentence the answer is stated in. */
  quote: string;
  /** Chronology: every event's sentence, in answer order. */
  quotes?: QuestionQuote[];
}

export interface Question {
  /** hash(kind + sentenceId + target): editing other sentences keeps it. */
  id: string;
  kind: QuestionKind;
  prompt: string;
  /** string[] only for chronology: event texts in the correct order. */
  answer: string | string[];
  /** Every option including the answer, in display order (seeded shuffle). */
  choices?: string[];
  explanation?: string;
  source: QuestionSource;
  factIds: string[];
}

export const QUESTION_KINDS: readonly QuestionKind[] = [
  "year-choice", "date-cloze", "event-for-date", "true-false", "chronology", "who-what", "number-cloze",
];
