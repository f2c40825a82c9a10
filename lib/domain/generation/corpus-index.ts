// Indexes built once per corpus so every generator looks things up instead of scanning all facts.
import type { DatedFact } from "../document/facts/fact-types";
import type { Document } from "../document/types";
import { yearSpan } from "../document/dates/date-types";

export interface CorpusIndex {
  documents: Map<string, Document>;
  facts: DatedFact[];
  /** Every year any fact gives for a name/acronym key (over-inclusive on purpose: safer distractors). */
  yearsByKey: Map<string, Set<number>>;
  /** Facts with a point date (day/month/year), by year. */
  pointFactsByYear: Map<number, DatedFact[]>;
  /** Cluster id per fact: same year + shared key = the same event told twice (Kishi 1959 in three places). */
  clusterOf: Map<string, string>;
  /** Distinct years stated outright, ascending (distractor pool). */
  statedYears: number[];
  minYear: number;
  maxYear: number;
  /** Facts usable as event distractors, by category and by document. */
  eventsByCategory: Map<string, DatedFact[]>;
  eventsByDocument: Map<string, DatedFact[]>;
  /** Facts whose dates other sources contradict. */
  conflicted: Set<string>;
}

export function isPointDate(f: DatedFact): boolean {
  return f.date.precision === "day" || f.date.precision === "month" || f.date.precision === "year";
}

/** How a date relates to its event: "in 1899" (at), "by 1936", "since the 1960s", "until 1997". */
export function dateRole(f: DatedFact): "at" | "by" | "since" | "until" | "other" {
  // "from 1914 to 1922", "between 1945 and 1950": the preposition belongs to the span itself.
  if (f.date.precision === "range" && (f.preposition === "from" || f.preposition === "between")) return "at";
  switch (f.preposition) {
    case undefined:
    case "in":
    case "on":
    case "during":
    case "of":
    case "at":
    case "to":
    case "around":
    case "circa":
      return "at";
    case "by":
      return "by";
    case "since":
    case "after":
    case "from":
      return "since";
    case "until":
    case "till":
    case "before":
      return "until";
    default:
      return "other";
  }
}

export function buildCorpusIndex(documents: readonly Document[], facts: readonly DatedFact[], conflictedFactIds: Iterable<string> = []): CorpusIndex {
  const yearsByKey = new Map<string, Set<number>>();
  const pointFactsByYear = new Map<number, DatedFact[]>();
  const years = new Set<number>();
  const eventsByCategory = new Map<string, DatedFact[]>();
  const eventsByDocument = new Map<string, DatedFact[]>();
  for (const f of facts) {
    const [y0, y1] = yearSpan(f.date);
    const spanYears = y1 - y0 <= 20 ? range(y0, y1) : [y0];
    for (const key of f.keys) {
      const set = yearsByKey.get(key) ?? new Set<number>();
      for (const y of spanYears) set.add(y);
      if (f.list) for (const y of f.list.years) set.add(y);
      yearsByKey.set(key, set);
    }
    if (isPointDate(f)) {
      push(pointFactsByYear, f.date.year, f);
      if (!f.resolvedFrom || f.resolvedFrom === "document-year") years.add(f.date.year);
    }
    // Announcements resolved from "next year" read in future tense: not used as other events' distractors.
    if (f.eventForm === "clause" && !f.statistic && !f.attributive && f.resolvedFrom !== "relative" && f.resolvedFrom !== "context") {
      push(eventsByCategory, f.category, f);
      push(eventsByDocument, f.documentId, f);
    }
  }
  // Clusters: union facts of the same year that share a key.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let p = parent.get(id) ?? id;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(id, p);
    return p;
  };
  const firstByYearKey = new Map<string, string>();
  for (const f of facts) {
    if (!isPointDate(f)) continue;
    for (const key of f.keys) {
      const k = `${f.date.year}|${key}`;
      const first = firstByYearKey.get(k);
      if (first) parent.set(find(f.id), find(first));
      else firstByYearKey.set(k, f.id);
    }
  }
  const clusterOf = new Map<string, string>();
  for (const f of facts) clusterOf.set(f.id, find(f.id));
  const statedYears = [...years].sort((a, b) => a - b);
  return {
    documents: new Map(documents.map((d) => [d.id, d])),
    facts: [...facts],
    yearsByKey,
    pointFactsByYear,
    clusterOf,
    statedYears,
    minYear: statedYears[0] ?? 1900,
    maxYear: statedYears[statedYears.length - 1] ?? 2000,
    eventsByCategory,
    eventsByDocument,
    conflicted: new Set(conflictedFactIds),
  };
}

/**
 * Years that would also be a true answer for this fact's event or subject: its own span, every year its
 * list entry gives, and every year any fact gives for one of its names (Hashimoto 1996 and 1997…).
 * A predicate, not a set: key year-sets can be large in big corpora.
 */
export function forbiddenYears(index: CorpusIndex, fact: DatedFact): (year: number) => boolean {
  const [y0, y1] = yearSpan(fact.date);
  const sets = fact.keys.map((k) => index.yearsByKey.get(k)).filter((s): s is Set<number> => s !== undefined);
  const listYears = fact.list?.years ?? [];
  return (year) => (year >= y0 && year <= y1) || listYears.includes(year) || sets.some((s) => s.has(year));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}
