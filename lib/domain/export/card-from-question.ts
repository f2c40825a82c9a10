import type { CardState } from "../scheduling/card-state";
import type { ExportableCard } from "./exportable-card";

/** The part of a content-engine Question that exporting needs (declared structurally). */
export interface ExportableQuestion {
  kind: string;
  prompt: string;
  /** string[] only for chronology: event texts in the correct order. */
  answer: string | readonly string[];
  source: { documentId: string; quote: string };
}

export interface CardFromQuestionOptions {
  /** Human title for a document id; falls back to the id. */
  documentTitle?: (documentId: string) => string | undefined;
  tags?: readonly string[];
}

/**
 * Flashcard faces for a question. Chronology fronts list the events in
 * alphabetical order (so the front does not give the answer away) and the
 * back numbers them in the correct order.
 */
export function cardFromQuestion(
  question: ExportableQuestion,
  state: CardState | null,
  options: CardFromQuestionOptions = {},
): ExportableCard {
  const { answer } = question;
  const front =
    typeof answer === "string"
      ? question.prompt
      : [question.prompt, ...[...answer].sort((a, b) => a.localeCompare(b, "en")).map((e) => `• ${e}`)].join("\n");
  const back = typeof answer === "string" ? answer : answer.map((e, i) => `${i + 1}. ${e}`).join("\n");
  return {
    front,
    back,
    sourceDocument: options.documentTitle?.(question.source.documentId) ?? question.source.documentId,
    quote: question.source.quote,
    due: state && state.state !== "new" ? new Date(state.due.getTime()) : null,
    state: state?.state ?? null,
    ...(options.tags ? { tags: options.tags } : {}),
  };
}
