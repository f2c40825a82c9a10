/** The part of a question that says what it asks about. */
export interface SiblingSource {
  factIds: readonly string[];
  source: { sentenceId?: string };
}

/**
 * Questions that share a dated fact or a source sentence are siblings (Anki's cards of one note): seeing one
 * gives the others away, so a day's study and a quiz take at most one of them.
 */
export function siblingKeys(question: SiblingSource): string[] {
  const keys = question.factIds.map((id) => `fact:${id}`);
  if (question.source.sentenceId) keys.push(`sentence:${question.source.sentenceId}`);
  return keys;
}

/** Whether any of `keys` is already in `taken`. */
export function sharesAny(keys: readonly string[], taken: ReadonlySet<string>): boolean {
  return keys.some((key) => taken.has(key));
}
