// "What happened in 1899?" — only when the date picks out one event; the other choices are events
// from the same documents (same category first) that did not happen at that date.
import type { DatedFact } from "../document/facts/fact-types";
import { formatDateLabel, formatDatePhrase } from "../document/dates/format-date";
import { spansOverlap, type FactDate } from "../document/dates/date-types";
import type { Document } from "../document/types";
import { dateRole, isPointDate, type CorpusIndex } from "./corpus-index";
import { seededRng, shuffle } from "./prng";
import { kindLabel, questionId, quoteLine, sourceOf } from "./question-text";
import type { Question } from "./question-types";

const normalize = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** The coarsest label (year, then month, then day) at which this fact's cluster is the only event. */
export function identifyingDate(fact: DatedFact, index: CorpusIndex): FactDate | null {
  const cluster = index.clusterOf.get(fact.id);
  const sameYear = (index.pointFactsByYear.get(fact.date.year) ?? []).filter(
    (f) => !f.statistic && !f.attributive && f.eventForm !== "cloze-only" && index.clusterOf.get(f.id) !== cluster,
  );
  const levels: FactDate[] = [{ year: fact.date.year, precision: "year" }];
  if (fact.date.month) levels.push({ year: fact.date.year, month: fact.date.month, precision: "month" });
  if (fact.date.day) levels.push({ ...fact.date, precision: "day" });
  for (const level of levels) {
    // A fact stated only to the year does not clash with a month or day label: it is never offered as
    // a choice (its year overlaps the answer's), so the narrower question still has one true answer.
    const clash = sameYear.some((f) => {
      if (level.precision === "year") return true;
      if (level.precision === "month") return f.date.month === level.month;
      return f.date.month === level.month && f.date.day === level.day;
    });
    if (!clash) return level;
  }
  return null;
}

export function eventForDateQuestion(fact: DatedFact, doc: Document, index: CorpusIndex): Question | null {
  if (fact.eventForm !== "clause" || fact.statistic || fact.attributive || !isPointDate(fact) || dateRole(fact) !== "at") return null;
  if (fact.resolvedFrom === "relative" || fact.resolvedFrom === "context") return null;
  const date = identifyingDate(fact, index);
  if (!date) return null;
  const label = formatDateLabel(date);
  const target = `${fact.id}|${label}`;
  const id = questionId("event-for-date", fact.sentenceId, target);
  const rng = seededRng(id);
  const distractors = pickEventDistractors(fact, index, rng);
  if (distractors.length < 3) return null;
  const options = shuffle([fact, ...distractors], rng).map((f) => f.event);
  return {
    id,
    kind: "event-for-date",
    // Named after its document: two documents may both ask about 1961, and neither may change the other.
    prompt: `What happened ${formatDatePhrase(date)}, according to the ${kindLabel(doc)} “${doc.title}”?`,
    answer: fact.event,
    choices: options,
    explanation: `${fact.event} (${fact.dateLabel}). ${quoteLine(doc, fact.quote)}`,
    source: sourceOf(fact, doc),
    factIds: [fact.id],
  };
}

/** Events from the same document first, then the same category elsewhere; none true at the answer's year. */
function pickEventDistractors(fact: DatedFact, index: CorpusIndex, rng: () => number): DatedFact[] {
  const cluster = index.clusterOf.get(fact.id);
  const used = new Set([normalize(fact.event)]);
  const chosen: DatedFact[] = [];
  const acceptable = (f: DatedFact) => {
    if (f.id === fact.id || index.clusterOf.get(f.id) === cluster || f.eventForm !== "clause" || f.statistic) return false;
    if (used.has(normalize(f.event))) return false;
    // Not at the same time: no overlap, and "by 1936"-type bounds count as open-ended.
    if (spansOverlap(f.date, fact.date)) return false;
    if (dateRole(f) === "by" && f.date.year >= fact.date.year) return false;
    if (dateRole(f) === "since" && f.date.year <= fact.date.year) return false;
    // The distractor's subject must not have done anything in the answer's year either.
    return !f.keys.some((k) => index.yearsByKey.get(k)?.has(fact.date.year));
  };
  const sameDoc = (index.eventsByCategory.get(fact.category) ?? []).filter((f) => f.documentId === fact.documentId);
  const pools: DatedFact[][] = [
    sameDoc,
    index.eventsByDocument.get(fact.documentId) ?? [],
    index.eventsByCategory.get(fact.category) ?? [],
  ];
  for (const pool of pools) {
    // Sample instead of scanning: bounded work even when a category holds thousands of facts.
    const sample = pool.length > 60 ? Array.from({ length: 60 }, () => pool[Math.floor(rng() * pool.length)] as DatedFact) : shuffle(pool, rng);
    for (const f of sample) {
      if (chosen.length >= 3) return chosen;
      if (!acceptable(f)) continue;
      chosen.push(f);
      used.add(normalize(f.event));
    }
  }
  return chosen;
}
