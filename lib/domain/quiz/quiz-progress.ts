/** The question a resumed attempt shows: the first one, in attempt order, without an answer; null when all are answered. */
export function currentQuestionIndex(questionIds: readonly string[], answeredIds: Iterable<string>): number | null {
  const answered = new Set(answeredIds);
  const index = questionIds.findIndex((id) => !answered.has(id));
  return index === -1 ? null : index;
}

/** Parses the attempt's stored question list; a damaged value reads as an empty quiz rather than throwing. */
export function parseQuestionIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}
