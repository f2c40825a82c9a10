// All dated facts on one line, sorted by date and grouped by era. The same event told by several
// sources (same year, shared name) becomes one entry listing every source.
import type { DatedFact } from "../document/facts/fact-types";
import { dateSortKey, type FactDate } from "../document/dates/date-types";
import type { Document } from "../document/types";
import { DEFAULT_ERAS, centuryEra, eraFor, type Era } from "./eras";

export interface TimelineSource {
  documentId: string;
  sentenceId: string;
  factId: string;
  quote: string;
}

export interface TimelineEvent {
  id: string;
  date: FactDate;
  dateLabel: string;
  event: string;
  category: string;
  /** The primary source (first by document order); `sources` lists all. */
  documentId: string;
  sentenceId: string;
  sources: TimelineSource[];
  /** "relative" / "document-year" / "context" when the year was resolved rather than stated. */
  resolvedFrom?: string;
}

export interface TimelineEra {
  id: string;
  label: string;
  events: TimelineEvent[];
}

export interface Timeline {
  eras: TimelineEra[];
  events: TimelineEvent[];
}

export interface TimelineOptions {
  /** Era definitions, or "century" for generic grouping. Defaults to DEFAULT_ERAS. */
  eras?: readonly Era[] | "century";
  /** Only their order matters: the first document telling an event is its primary source. */
  documents?: readonly Pick<Document, "id">[];
}

export function buildTimeline(facts: readonly DatedFact[], options: TimelineOptions = {}): Timeline {
  const docOrder = new Map((options.documents ?? []).map((d, i) => [d.id, i]));
  // Merge facts of the same event: same year, a shared name and a shared concept (Kishi's 1959 visit).
  const byLabelKey = new Map<string, TimelineEvent>();
  const events: TimelineEvent[] = [];
  const ordered = [...facts].sort((a, b) => (docOrder.get(a.documentId) ?? 0) - (docOrder.get(b.documentId) ?? 0));
  for (const f of ordered) {
    if (f.attributive) continue; // "the 1990-2000 period" qualifies a study, it is not an event
    const source: TimelineSource = { documentId: f.documentId, sentenceId: f.sentenceId, factId: f.id, quote: f.quote };
    const point = f.date.precision === "day" || f.date.precision === "month" || f.date.precision === "year";
    const mergeKeys = point && !f.statistic ? f.keys.flatMap((k) => f.concepts.map((c) => `${f.date.year}|${k}|${c}`)) : [];
    const existing = mergeKeys.map((k) => byLabelKey.get(k)).find((e) => e !== undefined);
    if (existing) {
      existing.sources.push(source);
      continue;
    }
    const entry: TimelineEvent = {
      id: `t-${f.id}`,
      date: f.date,
      dateLabel: f.preposition === "by" ? `by ${f.dateLabel}` : f.dateLabel,
      event: f.eventForm === "cloze-only" && f.origin === "prose" && !/\b(began|started)$/.test(f.event) ? f.quote : f.event,
      category: f.category,
      documentId: f.documentId,
      sentenceId: f.sentenceId,
      sources: [source],
      ...(f.resolvedFrom ? { resolvedFrom: f.resolvedFrom } : {}),
    };
    events.push(entry);
    for (const k of mergeKeys) byLabelKey.set(k, entry);
  }
  events.sort((a, b) => dateSortKey(a.date) - dateSortKey(b.date) || a.id.localeCompare(b.id));
  const eraList = options.eras ?? DEFAULT_ERAS;
  const eras: TimelineEra[] = [];
  for (const e of events) {
    const era = eraList === "century" ? centuryEra(e.date.year) : eraFor(e.date.year, eraList);
    const last = eras[eras.length - 1];
    if (last && last.id === era.id) last.events.push(e);
    else eras.push({ id: era.id, label: era.label, events: [e] });
  }
  return { eras, events };
}
