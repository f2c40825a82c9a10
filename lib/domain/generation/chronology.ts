// "Put these events in chronological order": 3–5 events with distinct years, from one document and
// one theme where possible, plus one cross-document set per theme.
import type { DatedFact, FactCategory } from "../document/facts/fact-types";
import { dateSortKey } from "../document/dates/date-types";
import type { Document } from "../document/types";
import { shortHash } from "../document/stable-hash";
import { dateRole, isPointDate, type CorpusIndex } from "./corpus-index";
import { seededRng, shuffle } from "./prng";
import { kindLabel } from "./question-text";
import type { Question } from "./question-types";

const THEME: Record<FactCategory, string> = {
  visit: "visits",
  agreement: "agreements and treaties",
  migration: "events in the history of migration",
  conflict: "conflicts and crises",
  diplomacy: "diplomatic events",
  politics: "political events",
  economy: "economic events",
  culture: "cultural events",
  other: "events",
};
const MIN = 3;
const MAX = 5;

function eligible(f: DatedFact): boolean {
  // "Crown Prince Akihito (1963, 1967)": an event dated twice has no single place in an order.
  if (f.list && f.list.years.length > 1) return false;
  const dated = !f.resolvedFrom || f.resolvedFrom === "document-year";
  return f.eventForm === "clause" && !f.statistic && !f.attributive && dated && isPointDate(f) && dateRole(f) === "at";
}

/** One fact per year and per event (a list entry and a sentence about the same visit count once). */
function distinctByYear(facts: DatedFact[], index: CorpusIndex): DatedFact[] {
  const years = new Set<number>();
  const clusters = new Set<string>();
  const texts = new Set<string>();
  const out: DatedFact[] = [];
  for (const f of facts) {
    const cluster = index.clusterOf.get(f.id) ?? f.id;
    const text = f.event.toLowerCase();
    if (years.has(f.date.year) || clusters.has(cluster) || texts.has(text)) continue;
    years.add(f.date.year);
    clusters.add(cluster);
    texts.add(text);
    out.push(f);
  }
  return out;
}

/** Splits a sorted run into chunks of 3–5 of similar size. */
function chunk(sorted: DatedFact[]): DatedFact[][] {
  if (sorted.length < MIN) return [];
  const groups = Math.ceil(sorted.length / MAX);
  const size = Math.ceil(sorted.length / groups);
  const out: DatedFact[][] = [];
  for (let i = 0; i < sorted.length; i += size) out.push(sorted.slice(i, i + size));
  // A short tail joins the previous chunk when there is room, else is dropped.
  const last = out[out.length - 1];
  if (last && last.length < MIN) {
    out.pop();
    const prev = out[out.length - 1];
    if (prev && prev.length + last.length <= MAX) prev.push(...last);
  }
  return out.filter((g) => g.length >= MIN);
}

export function chronologyQuestions(index: CorpusIndex): Question[] {
  const out: Question[] = [];
  const byDocument = new Map<string, DatedFact[]>();
  for (const f of index.facts) if (eligible(f)) push(byDocument, f.documentId, f);
  for (const [documentId, facts] of byDocument) {
    const doc = index.documents.get(documentId);
    if (!doc) continue;
    const byTheme = new Map<FactCategory, DatedFact[]>();
    for (const f of facts) push(byTheme, f.category, f);
    const mixed: DatedFact[] = [];
    for (const [theme, themed] of byTheme) {
      const sorted = distinctByYear(sortByDate(themed), index);
      if (sorted.length < MIN) {
        mixed.push(...themed);
        continue;
      }
      for (const group of chunk(sorted)) out.push(makeQuestion(group, doc, index, `these ${THEME[theme]} from the ${kindLabel(doc)} “${doc.title}”`));
    }
    for (const group of chunk(distinctByYear(sortByDate(mixed), index))) {
      out.push(makeQuestion(group, doc, index, `these events from the ${kindLabel(doc)} “${doc.title}”`));
    }
  }
  // Cross-document sets: one per theme, events from at least two documents, never a contested date.
  const byTheme = new Map<FactCategory, DatedFact[]>();
  for (const f of index.facts) if (eligible(f) && !index.conflicted.has(f.id)) push(byTheme, f.category, f);
  for (const [theme, facts] of byTheme) {
    const docs = new Set(facts.map((f) => f.documentId));
    if (docs.size < 2) continue;
    const spread = pickAcrossDocuments(sortByDate(facts), index);
    if (spread.length < MIN || new Set(spread.map((f) => f.documentId)).size < 2) continue;
    out.push(makeQuestion(spread, index.documents.get(spread[0]?.documentId ?? "") as Document, index, `these ${THEME[theme]} from different sources`));
  }
  return out;
}

/** Round-robin over documents so the set mixes sources; stops at MAX. */
function pickAcrossDocuments(sorted: DatedFact[], index: CorpusIndex): DatedFact[] {
  const queues = new Map<string, DatedFact[]>();
  for (const f of sorted) push(queues, f.documentId, f);
  const picked: DatedFact[] = [];
  const limit = Math.min(MAX, sorted.length);
  for (let round = 0; picked.length < limit && round < 50; round++) {
    for (const q of queues.values()) {
      const f = q[round];
      if (f && picked.length < limit) picked.push(f);
    }
  }
  return distinctByYear(sortByDate(picked), index);
}

function push<K>(map: Map<K, DatedFact[]>, key: K, f: DatedFact): void {
  const list = map.get(key);
  if (list) list.push(f);
  else map.set(key, [f]);
}

function sortByDate(facts: DatedFact[]): DatedFact[] {
  return [...facts].sort((a, b) => dateSortKey(a.date) - dateSortKey(b.date) || a.id.localeCompare(b.id));
}

function makeQuestion(group: DatedFact[], doc: Document, index: CorpusIndex, what: string): Question {
  const ordered = sortByDate(group);
  const first = ordered[0] as DatedFact;
  const last = ordered[ordered.length - 1] as DatedFact;
  const id = `q-${shortHash(`chronology|${ordered.map((f) => f.sentenceId).sort().join(",")}|${ordered.map((f) => f.id).sort().join(",")}`)}`;
  const rng = seededRng(id);
  const answer = ordered.map((f) => f.event);
  let choices = shuffle(answer, rng);
  if (choices.every((c, i) => c === answer[i])) choices = [...choices.slice(1), choices[0] as string];
  const firstDoc = index.documents.get(first.documentId) ?? doc;
  return {
    id,
    kind: "chronology",
    prompt: `Put ${what} in chronological order, earliest first (${first.date.year}–${last.date.year}).`,
    answer,
    choices,
    explanation: ordered.map((f) => `${f.dateLabel}: ${f.event}`).join("; "),
    source: {
      documentId: firstDoc.id,
      documentTitle: firstDoc.title,
      sectionId: first.sectionId,
      sentenceId: first.sentenceId,
      quote: first.quote,
      quotes: ordered.map((f) => ({ sentenceId: f.sentenceId, quote: f.quote, documentId: f.documentId })),
    },
    factIds: ordered.map((f) => f.id),
  };
}
