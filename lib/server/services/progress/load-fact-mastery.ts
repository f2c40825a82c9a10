import "server-only";
import { masteryByFact } from "@/lib/domain/progress";
import { listActiveQuestions } from "@/lib/server/services/question-bank";
import { loadUserCards, loadUserQuizAnswers } from "./card-retrievability";

export interface FactMasteryEntry {
  /** 0..1: mean over the fact's active questions, unseen ones counting 0. */
  mastery: number;
  /** How many of those questions the learner has reviewed or answered. */
  seen: number;
  total: number;
}

/**
 * Per dated fact, how well this learner knows it, for colouring the timeline.
 * A fact without active questions is absent from the map (show it as "no questions", not 0%).
 */
export async function loadFactMastery(userId: string, now: Date): Promise<Map<string, FactMasteryEntry>> {
  const [questions, cards, quizAnswers] = await Promise.all([
    listActiveQuestions(),
    loadUserCards(userId, now),
    loadUserQuizAnswers(userId),
  ]);
  const recallByQuestion = new Map(cards.map((c) => [c.questionId, c.retrievability]));
  const facts = masteryByFact(
    questions.map((q) => ({ questionId: q.id, factIds: q.factIds, retrievability: recallByQuestion.get(q.id) ?? null })),
    quizAnswers,
  );
  return new Map(facts.map(({ factId, ...entry }) => [factId, entry]));
}
