// Question ids are stable per sentence and target, so what an edit changed is a set difference of ids.

export interface QuestionDiff {
  added: string[];
  removed: string[];
  kept: string[];
}

export function diffQuestionIds(before: readonly string[], after: readonly string[]): QuestionDiff {
  const old = new Set(before);
  const now = new Set(after);
  return {
    added: after.filter((id) => !old.has(id)),
    removed: before.filter((id) => !now.has(id)),
    kept: after.filter((id) => old.has(id)),
  };
}
