// An event the document dates more than once ("visited Japan in 1992" and "in 1995"): a year question
// must say which time it asks about ("first"), or not be asked.
import type { DatedFact } from "../document/facts/fact-types";

function sameEvent(a: DatedFact, b: DatedFact): boolean {
  if (!a.keys.some((k) => b.keys.includes(k))) return false;
  const verbA = a.clause?.base;
  const verbB = b.clause?.base;
  if (verbA && verbB && verbA === verbB) return true;
  return a.concepts.some((c) => b.concepts.includes(c));
}

/** Years other facts of the same document give for this fact's event (excluding its own). */
export function otherYearsOfEvent(fact: DatedFact, documentFacts: readonly DatedFact[]): number[] {
  const years = new Set<number>();
  for (const other of documentFacts) {
    if (other.id === fact.id || other.date.year === fact.date.year) continue;
    if (sameEvent(fact, other)) years.add(other.date.year);
  }
  for (const y of fact.list?.years ?? []) if (y !== fact.date.year) years.add(y);
  return [...years].sort((a, b) => a - b);
}
