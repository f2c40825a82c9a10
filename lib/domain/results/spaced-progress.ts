// A spaced assignment: "keep <lesson or era> at or above <target> predicted recall until <date>".
// Progress is read from the student's FSRS card states at the moment of looking (`now` is the caller's).

export interface TargetCard {
  questionId: string;
  /** Predicted recall at `now`; null when the student has no reviewed card for this question. */
  retrievability: number | null;
}

export interface SpacedProgress {
  /** Mean predicted recall over the target's questions, cards never reviewed counting 0; 0..1. */
  recall: number;
  target: number;
  met: boolean;
  /** Questions at or above the target. */
  strong: number;
  /** Questions with a reviewed card. */
  reviewed: number;
  total: number;
  /** Questions to review now, weakest first (never reviewed ones first of all), to bring the mean up. */
  toReview: string[];
}

export type SpacedStanding = "met" | "below" | "not-started";

/** The target is met when the mean over every question of the target reaches it: unstudied questions pull it down. */
export function spacedProgress(questionIds: readonly string[], cards: readonly TargetCard[], target: number): SpacedProgress {
  const recallOf = new Map(cards.map((card) => [card.questionId, card.retrievability]));
  const rows = [...new Set(questionIds)].map((questionId) => ({ questionId, recall: recallOf.get(questionId) ?? null }));
  const total = rows.length;
  const sum = rows.reduce((s, row) => s + (row.recall ?? 0), 0);
  const recall = total === 0 ? 0 : sum / total;
  const toReview = rows
    .filter((row) => row.recall === null || row.recall < target)
    .sort((a, b) => (a.recall ?? -1) - (b.recall ?? -1) || (a.questionId < b.questionId ? -1 : 1))
    .map((row) => row.questionId);
  return {
    recall,
    target,
    met: total > 0 && recall >= target,
    strong: rows.filter((row) => row.recall !== null && row.recall >= target).length,
    reviewed: rows.filter((row) => row.recall !== null).length,
    total,
    toReview,
  };
}

export function spacedStanding(progress: SpacedProgress): SpacedStanding {
  if (progress.met) return "met";
  return progress.reviewed === 0 ? "not-started" : "below";
}

/** Whether a dated fact's year falls inside an era's inclusive bounds (open-ended where a bound is absent). */
export function yearInEra(year: number, era: { from?: number; to?: number }): boolean {
  return (era.from === undefined || year >= era.from) && (era.to === undefined || year <= era.to);
}
