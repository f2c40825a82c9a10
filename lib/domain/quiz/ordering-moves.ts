// Reordering for chronology questions, shared by the drag-and-drop list, its buttons and the no-JS links.

/** `order` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(order: readonly T[], from: number, to: number): T[] {
  const out = [...order];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item as T);
  return out;
}

/** "2.0.1" ↔ [2, 0, 1]: a permutation of choice indexes, compact enough for a query string. */
export function formatOrder(order: readonly number[]): string {
  return order.join(".");
}

/** A valid permutation of 0..length-1, or null (then the caller shows the default order). */
export function parseOrder(text: string | null | undefined, length: number): number[] | null {
  if (!text || !/^\d+(\.\d+)*$/.test(text)) return null;
  const order = text.split(".").map(Number);
  if (order.length !== length) return null;
  const seen = new Set(order);
  if (seen.size !== length || order.some((i) => i >= length)) return null;
  return order;
}

/** Pairwise credit as a sentence, from the scoring module's counts. */
export function describePairs(concordantPairs: number, totalPairs: number): string {
  return `You got ${concordantPairs} of ${totalPairs} pairs in the right order.`;
}
