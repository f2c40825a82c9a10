import { masteryByGroup } from "./mastery-by-group";
import type { MasteryQuizAnswer } from "./question-mastery";

export interface FactQuestion {
  questionId: string;
  factIds: readonly string[];
  retrievability: number | null;
}

export interface FactMastery {
  factId: string;
  mastery: number;
  seen: number;
  total: number;
}

/**
 * Per-fact mastery for colouring the timeline: the same formula as
 * masteryByLesson over the questions that test the fact. Facts with no
 * questions do not appear (the caller shows them as unknown, not 0%).
 */
export function masteryByFact(
  questions: readonly FactQuestion[],
  quizAnswers: readonly MasteryQuizAnswer[],
): FactMastery[] {
  return masteryByGroup(
    questions.map((q) => ({ questionId: q.questionId, groupIds: q.factIds, retrievability: q.retrievability })),
    quizAnswers,
  ).map(({ groupId, ...rest }) => ({ factId: groupId, ...rest }));
}
