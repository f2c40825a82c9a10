/** How many of a question's latest quiz answers count as "recent". */
export const RECENT_QUIZ_ANSWERS = 3;

export interface MasteryQuizAnswer {
  questionId: string;
  /** 0..1, as graded. */
  score: number;
  answeredAt: Date;
}

export interface QuestionEvidence {
  /** Current probability of recall from FSRS; null if the card was never reviewed. */
  retrievability: number | null;
  /** Quiz scores for this question, any order. */
  quizAnswers: readonly MasteryQuizAnswer[];
}

/**
 * Mastery of one question, 0..1:
 * 1. reviewed as a flashcard → its current retrievability (the best evidence:
 *    it already accounts for time since the last review);
 * 2. else answered in quizzes → mean score of its latest RECENT_QUIZ_ANSWERS answers;
 * 3. else 0 (not seen).
 */
export function questionMastery(evidence: QuestionEvidence): { mastery: number; seen: boolean } {
  if (evidence.retrievability !== null) {
    return { mastery: Math.min(1, Math.max(0, evidence.retrievability)), seen: true };
  }
  if (evidence.quizAnswers.length > 0) {
    const recent = [...evidence.quizAnswers]
      .sort((a, b) => b.answeredAt.getTime() - a.answeredAt.getTime())
      .slice(0, RECENT_QUIZ_ANSWERS);
    const mean = recent.reduce((sum, a) => sum + Math.min(1, Math.max(0, a.score)), 0) / recent.length;
    return { mastery: mean, seen: true };
  }
  return { mastery: 0, seen: false };
}

export function groupAnswersByQuestion(
  answers: readonly MasteryQuizAnswer[],
): Map<string, MasteryQuizAnswer[]> {
  const byQuestion = new Map<string, MasteryQuizAnswer[]>();
  for (const answer of answers) {
    const list = byQuestion.get(answer.questionId);
    if (list) list.push(answer);
    else byQuestion.set(answer.questionId, [answer]);
  }
  return byQuestion;
}
