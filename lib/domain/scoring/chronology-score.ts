import { AnswerValidationError } from "./answer-validation-error";
import { normalizeAnswer } from "./normalize-answer";

export interface ChronologyScore {
  /** Concordant pairs / all pairs: 1 = perfect order, 0 = fully reversed. */
  score: number;
  concordantPairs: number;
  totalPairs: number;
}

/**
 * Maps each submitted item to its index in the correct order. Items are
 * matched after normalisation, so harmless case/spacing differences pass.
 * Throws AnswerValidationError for the wrong count, unknown or repeated items.
 */
export function toPositions(expected: readonly string[], response: readonly string[]): number[] {
  if (response.length !== expected.length) {
    throw new AnswerValidationError(
      "wrong-length",
      `Expected ${expected.length} events in the ordering, got ${response.length}.`,
    );
  }
  const keys = expected.map(normalizeAnswer);
  const used = new Set<number>();
  return response.map((item) => {
    const key = normalizeAnswer(item);
    const index = keys.findIndex((k, i) => k === key && !used.has(i));
    if (index === -1) {
      if (keys.includes(key)) throw new AnswerValidationError("duplicate-item", `"${item}" is listed more than once.`);
      throw new AnswerValidationError("unknown-item", `"${item}" is not one of the events to order.`);
    }
    used.add(index);
    return index;
  });
}

/**
 * Partial credit by pairwise (Kendall-tau) agreement: of the n·(n−1)/2 pairs
 * of events, the fraction placed in the right relative order. Equivalent to
 * (τ + 1) / 2. Unlike counting correct adjacent pairs, moving one event far
 * out of place costs in proportion to how far it moved. One event: score 1.
 */
export function scoreChronology(expected: readonly string[], response: readonly string[]): ChronologyScore {
  const positions = toPositions(expected, response);
  const n = positions.length;
  const totalPairs = (n * (n - 1)) / 2;
  if (totalPairs === 0) return { score: 1, concordantPairs: 0, totalPairs: 0 };
  let concordantPairs = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if ((positions[i] ?? 0) < (positions[j] ?? 0)) concordantPairs++;
    }
  }
  return { score: concordantPairs / totalPairs, concordantPairs, totalPairs };
}
