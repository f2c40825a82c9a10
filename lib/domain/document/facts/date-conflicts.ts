// Where sources date the same thing differently (or agree). Heuristic, documented for the lesson page:
//  1. Two facts from different documents are "about the same thing" when they share an entity key
//     (a name or acronym: "EPA" ≙ "Economic Partnership Agreement", "Kishi") AND an event concept
//     (visit, election, agreement…): Fujimori's election never matches Fujimori's arrest.
//  2. Durations and anniversaries ("more than 140 years" in 2014, "120th anniversary … in 2019") imply a
//     start year; they are compared with the earliest fact of the same origin concept in other documents.
// Facts are bucketed by (key, concept), so the work is linear in the number of facts.
import { shortHash } from "../stable-hash";
import { spansOverlap } from "../dates/date-types";
import type { DatedFact, DurationClaim } from "./fact-types";

export type ComparisonRelation = "conflict" | "agree" | "consistent";

export interface ComparisonEntry {
  documentId: string;
  sentenceId: string;
  quote: string;
  dateText: string;
  /** "2010", or for a duration "before 1874 (more than 140 years before 2014)". */
  dateLabel: string;
  factId?: string;
  durationId?: string;
}

export interface SourceComparison {
  id: string;
  topic: string;
  relation: ComparisonRelation;
  note: string;
  entries: ComparisonEntry[];
}

const ORIGIN_CONCEPTS = ["relations-origin", "migration-origin"];
const MAX_MATCHES_PER_DURATION = 3;
const MAX_ENTRIES = 8;

/** Up to `limit` facts (from documents other than `excludeDoc`) whose year is nearest `year`. */
function nearestByYear(sorted: readonly DatedFact[], year: number, limit: number, excludeDoc: string): DatedFact[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.date.year ?? 0) < year) lo = mid + 1;
    else hi = mid;
  }
  const out: DatedFact[] = [];
  let left = lo - 1;
  let right = lo;
  let guard = 0;
  while (out.length < limit && (left >= 0 || right < sorted.length) && guard++ < limit * 20) {
    const l = sorted[left];
    const r = sorted[right];
    const pickRight = !l || (r !== undefined && r.date.year - year <= year - l.date.year);
    const f = pickRight ? r : l;
    if (pickRight) right++;
    else left--;
    if (f && f.documentId !== excludeDoc) out.push(f);
  }
  return out;
}

function entryOf(f: DatedFact): ComparisonEntry {
  return { documentId: f.documentId, sentenceId: f.sentenceId, quote: f.quote, dateText: f.dateText, dateLabel: f.dateLabel, factId: f.id };
}

export function compareSources(facts: readonly DatedFact[], durations: readonly DurationClaim[] = []): SourceComparison[] {
  const out: SourceComparison[] = [];
  const seen = new Set<string>();

  const buckets = new Map<string, DatedFact[]>();
  for (const f of facts) {
    if (f.statistic || f.attributive) continue;
    for (const key of f.keys) for (const concept of f.concepts) {
      const k = `${key}|${concept}`;
      const list = buckets.get(k);
      if (list) list.push(f);
      else buckets.set(k, [f]);
    }
  }
  for (const [bucketKey, members] of buckets) {
    if (new Set(members.map((m) => m.documentId)).size < 2) continue;
    const signature = members.map((m) => m.id).sort().join(",");
    if (seen.has(signature)) continue;
    seen.add(signature);
    // One entry per (document, date): a list and a sentence of the same document saying 1959 count once.
    const reps = new Map<string, DatedFact>();
    for (const m of members) {
      const k = `${m.documentId}|${m.dateLabel}`;
      if (!reps.has(k)) reps.set(k, m);
    }
    // Capped: a lesson shows a handful of sources, and huge corpora must not build huge comparisons.
    const entries = [...reps.values()].slice(0, MAX_ENTRIES);
    const byYear = new Set(entries.map((e) => e.date.year));
    const overlapAll = entries.every((a) => entries.every((b) => spansOverlap(a.date, b.date)));
    const relation: ComparisonRelation = byYear.size === 1 || overlapAll ? "agree" : "conflict";
    const [key, concept] = bucketKey.split("|") as [string, string];
    const topic = topicLabel(entries, key);
    const note =
      relation === "agree"
        ? `${entries.length} sources give the same date for this ${concept}.`
        : `Sources give different dates: ${entries.map((e) => `${e.dateLabel} (${e.documentId}: “${verbPhrase(e)}”)`).join(" vs ")}. They may describe different milestones of the same ${concept}.`;
    out.push({ id: `cmp-${shortHash(signature)}`, topic, relation, note, entries: entries.map(entryOf) });
  }

  // Durations vs the earliest fact of the same origin concept in other documents: for each duration,
  // only the few facts nearest its implied year (binary search), so large corpora stay n·log n.
  const earliest = new Map<string, Map<string, DatedFact>>();
  for (const f of facts) {
    for (const c of f.concepts) {
      // An anniversary of the start is not the start itself.
      if (!ORIGIN_CONCEPTS.includes(c) || f.resolvedFrom || f.statistic || f.concepts.includes("anniversary")) continue;
      const perDoc = earliest.get(c) ?? new Map<string, DatedFact>();
      earliest.set(c, perDoc);
      const cur = perDoc.get(f.documentId);
      if (!cur || f.date.year < cur.date.year) perDoc.set(f.documentId, f);
    }
  }
  const sortedByConcept = new Map<string, DatedFact[]>();
  for (const [c, perDoc] of earliest) sortedByConcept.set(c, [...perDoc.values()].sort((a, b) => a.date.year - b.date.year || a.id.localeCompare(b.id)));
  for (const d of durations) {
    for (const c of d.concepts) {
      const sorted = sortedByConcept.get(c);
      if (!sorted) continue;
      for (const f of nearestByYear(sorted, d.impliedYear, MAX_MATCHES_PER_DURATION, d.documentId)) {
        const ok = d.qualifier === "more-than" ? f.date.year <= d.impliedYear : d.qualifier === "less-than" ? f.date.year >= d.impliedYear : Math.abs(f.date.year - d.impliedYear) <= (d.qualifier === "about" ? 2 : 0);
        const exact = d.qualifier === "exact" && f.date.year === d.impliedYear;
        const relation: ComparisonRelation = exact ? "agree" : ok ? "consistent" : "conflict";
        const bound = d.qualifier === "more-than" ? `${d.impliedYear} or earlier` : d.qualifier === "less-than" ? `after ${d.impliedYear}` : `${d.impliedYear}`;
        const durationLabel = `${bound} (${d.text}, counted from ${d.anchorYear})`;
        out.push({
          id: `cmp-${shortHash(`${d.id}|${f.id}`)}`,
          topic: c === "relations-origin" ? "Start of diplomatic relations" : "Start of Japanese migration to Peru",
          relation,
          note:
            relation === "conflict"
              ? `“${d.text}” counted from ${d.anchorYear} points to ${bound}, but ${f.documentId} gives ${f.dateLabel}.`
              : `“${d.text}” counted from ${d.anchorYear} points to ${bound}; ${f.documentId} gives ${f.dateLabel}.`,
          entries: [
            entryOf(f),
            { documentId: d.documentId, sentenceId: d.sentenceId, quote: d.quote, dateText: d.text, dateLabel: durationLabel, durationId: d.id },
          ],
        });
      }
    }
  }
  return out.sort((a, b) => a.topic.localeCompare(b.topic) || a.id.localeCompare(b.id));
}

/** Pairs (or groups) of sources that date the same event differently. */
export function findDateConflicts(facts: readonly DatedFact[], durations: readonly DurationClaim[] = []): SourceComparison[] {
  return compareSources(facts, durations).filter((c) => c.relation === "conflict");
}

function topicLabel(entries: DatedFact[], key: string): string {
  // Prefer the longest spelled-out name that produced the key ("Economic Partnership Agreement" over "EPA").
  const names = entries.flatMap((e) => e.event.match(/[A-Z][\w'’-]*(?:\s+(?:of|and|on|the|[A-Z][\w'’-]*))*\s*[A-Z][\w'’-]*|\b[A-Z]{2,}\b/g) ?? []);
  const matching = names.filter((n) => n.toLowerCase().includes(key) || n.split(/\s+/).map((w) => w[0]?.toLowerCase()).join("") === key);
  return matching.sort((a, b) => b.length - a.length)[0] ?? key;
}

function verbPhrase(f: DatedFact): string {
  return f.event.length > 70 ? `${f.event.slice(0, 67)}…` : f.event;
}
