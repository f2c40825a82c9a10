import "server-only";
import { masteryByEvent, masteryByFact } from "@/lib/domain/progress";
import type { Timeline } from "@/lib/domain/timeline/build-timeline";
import type { EventMasteryView } from "@/lib/domain/timeline/views";
import { listActiveQuestions } from "@/lib/server/services/question-bank";
import { loadUserCards, loadUserQuizAnswers } from "@/lib/server/services/progress/card-retrievability";
import { documentsVisibleTo } from "@/lib/server/services/library/document-visibility";

export interface FactMasteryEntry {
  /** 0..1: mean over the fact's active questions, unseen ones counting 0. */
  mastery: number;
  /** How many of those questions the learner has reviewed or answered. */
  seen: number;
  total: number;
}

/** Every active question with what it tests and this learner's recall of it, plus their quiz answers. */
async function loadMasteryEvidence(userId: string, now: Date) {
  const [questions, cards, quizAnswers] = await Promise.all([
    listActiveQuestions(documentsVisibleTo(userId)),
    loadUserCards(userId, now),
    loadUserQuizAnswers(userId),
  ]);
  const recallByQuestion = new Map(cards.map((c) => [c.questionId, c.retrievability]));
  const evidence = questions.map((q) => ({ questionId: q.id, factIds: q.factIds, retrievability: recallByQuestion.get(q.id) ?? null }));
  return { questions: evidence, quizAnswers };
}

/**
 * Per dated fact, how well this learner knows it.
 * A fact without active questions is absent from the map (show it as "no questions", not 0%).
 */
export async function loadFactMastery(userId: string, now: Date): Promise<Map<string, FactMasteryEntry>> {
  const { questions, quizAnswers } = await loadMasteryEvidence(userId, now);
  return new Map(masteryByFact(questions, quizAnswers).map(({ factId, ...entry }) => [factId, entry]));
}

/** Per timeline event, for colouring the timeline; events without questions are absent. */
export async function loadEventMastery(userId: string, timeline: Timeline, now: Date): Promise<Map<string, EventMasteryView>> {
  const { questions, quizAnswers } = await loadMasteryEvidence(userId, now);
  return new Map(masteryByEvent(timeline, questions, quizAnswers).map(({ eventId, ...entry }) => [eventId, entry]));
}
