/** The question a resumed attempt shows: the first one, in attempt order, without an answer; null when all are answered. */
export function currentQuestionIndex(questionIds: readonly string[], answeredIds: Iterable<string>): number | null {
  const answered = new Set(answeredIds);
  const index = questionIds.findIndex((id) => !answered.has(id));
  return index === -1 ? null : index;
}
