import "server-only";

/** Selects an attempt's questions in the order asked (the QuizAttemptQuestion rows). */
export const attemptQuestionsInOrder = {
  select: { questionId: true },
  orderBy: { position: "asc" },
} as const;

/** The rows that fix an attempt's questions, in the order given. */
export function questionRows(questionIds: readonly string[]): { questionId: string; position: number }[] {
  return questionIds.map((questionId, position) => ({ questionId, position }));
}
