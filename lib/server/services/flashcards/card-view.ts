import "server-only";
import { lessonHref } from "@/lib/domain/content/lesson-link";
import type { StudyCardView } from "@/lib/domain/flashcards/views";
import type { Question } from "@/lib/domain/generation/question-types";
import { previewIntervals, type CardState } from "@/lib/domain/scheduling";

/** Fuzz seeded by the card id: the interval under each button is exactly what rating it does. */
export function schedulerOptionsFor(cardId: string, desiredRetention: number) {
  return { desiredRetention, enableFuzz: true, fuzzSeed: cardId };
}

/** Front and back of the card for one question, with the interval each rating would schedule from `now`. */
export function cardView(
  question: Question,
  card: { id: string; version: number; state: CardState },
  desiredRetention: number,
  now: Date,
): StudyCardView {
  const { source } = question;
  const quotes = source.quotes && source.quotes.length > 0 ? source.quotes : [{ sentenceId: source.sentenceId, quote: source.quote }];
  return {
    cardId: card.id,
    version: card.version,
    questionId: question.id,
    kind: question.kind,
    phase: card.state.state,
    prompt: question.prompt,
    events: question.kind === "chronology" ? (question.choices ?? null) : null,
    answer: question.answer,
    quotes,
    documentId: source.documentId,
    documentTitle: source.documentTitle,
    lessonHref: lessonHref(source),
    intervals: previewIntervals(card.state, now, schedulerOptionsFor(card.id, desiredRetention)).map(({ rating, label, intervalMs }) => ({
      rating,
      label,
      intervalMs,
    })),
  };
}
