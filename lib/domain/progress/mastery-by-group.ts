import { groupAnswersByQuestion, questionMastery, type MasteryQuizAnswer } from "./question-mastery";

export interface GroupMastery {
  groupId: string;
  /** Mean question mastery over the group's questions (unseen count as 0); 0..1. */
  mastery: number;
  /** Questions with any evidence (reviewed or answered). */
  seen: number;
  total: number;
}

/**
 * Shared by lessons and facts: mean of questionMastery over each group's
 * questions. A question may belong to several groups (a fact-linked question
 * to each of its facts). Groups appear in order of first appearance.
 */
export function masteryByGroup(
  questions: readonly { questionId: string; groupIds: readonly string[]; retrievability: number | null }[],
  quizAnswers: readonly MasteryQuizAnswer[],
): GroupMastery[] {
  const answers = groupAnswersByQuestion(quizAnswers);
  const groups = new Map<string, { sum: number; seen: number; total: number; questions: Set<string> }>();
  for (const question of questions) {
    const { mastery, seen } = questionMastery({
      retrievability: question.retrievability,
      quizAnswers: answers.get(question.questionId) ?? [],
    });
    for (const groupId of question.groupIds) {
      let group = groups.get(groupId);
      if (!group) {
        group = { sum: 0, seen: 0, total: 0, questions: new Set() };
        groups.set(groupId, group);
      }
      // A question listed twice must not count twice.
      if (group.questions.has(question.questionId)) continue;
      group.questions.add(question.questionId);
      group.sum += mastery;
      group.total++;
      if (seen) group.seen++;
    }
  }
  return [...groups].map(([groupId, g]) => ({ groupId, mastery: g.sum / g.total, seen: g.seen, total: g.total }));
}
