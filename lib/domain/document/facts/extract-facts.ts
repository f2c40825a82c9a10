// Document → dated facts (one per date mention) and duration claims.
import { findDateMentions } from "../dates/find-date-mentions";
import { findDurations } from "../dates/find-durations";
import { formatDateLabel } from "../dates/format-date";
import type { DateMention } from "../dates/date-types";
import { documentDateParts } from "../parse-document";
import { shortHash } from "../stable-hash";
import { documentSentences, type Document, type SentenceRef } from "../types";
import { categorize, conceptsOf, isStatistic } from "./categorize";
import { parseClause } from "./clause";
import { entityKeys } from "./entity-keys";
import { buildEvent, type EventBuild } from "./event-text";
import type { DatedFact, DurationClaim, ListContext } from "./fact-types";
import { listShape, parseDatedEntry, parseInlineList } from "./list-facts";

export interface ExtractedFacts {
  facts: DatedFact[];
  durations: DurationClaim[];
}

const SAME_YEAR = /\b(?:that same year|the same year|that year|later that year|earlier that year)\b/i;

export function extractFacts(doc: Document): ExtractedFacts {
  const facts: DatedFact[] = [];
  const durations: DurationClaim[] = [];
  const documentDate = documentDateParts(doc);
  let lastYear: { blockId: string; year: number } | null = null;

  for (const ref of documentSentences(doc)) {
    if (ref.language !== "en" || ref.attribution) continue; // e.g. the French résumé: kept in the lesson, never quizzed
    const text = ref.sentence.text;
    let mentions = findDateMentions(text, { documentDate });
    // "That same year, …" refers to the previous dated sentence of the same paragraph.
    const same = SAME_YEAR.exec(text);
    if (same && mentions.length === 0 && lastYear && lastYear.blockId === ref.blockId) {
      mentions = [{ start: same.index, end: same.index + same[0].length, text: same[0], date: { year: lastYear.year, precision: "year" }, style: "relative", resolvedFrom: "context" }];
    }
    for (const d of findDurations(text, mentions, documentDate?.year ?? null)) {
      durations.push({
        ...d,
        id: `d-${shortHash(`${ref.sentence.id}|${d.text}|${d.start}`)}`,
        documentId: doc.id,
        sectionId: ref.sectionId,
        sentenceId: ref.sentence.id,
        quote: text,
        concepts: conceptsOf(localClause(text, d.start)),
      });
    }
    if (mentions.length === 0 || isDateOnly(text, mentions)) continue;
    const add = (mention: DateMention, build: EventBuild, extra: Partial<DatedFact> = {}) => {
      facts.push(makeFact(doc, ref, mention, build, facts, extra));
    };

    const entry = ref.list?.title ? parseDatedEntry(text) : null;
    const inline = entry ? null : parseInlineList(text);
    if (entry && ref.list?.title) {
      const shape = listShape(ref.list.title);
      for (const mention of mentions) {
        const yearIndex = entry.years.indexOf(mention.date.year);
        if (yearIndex < 0) continue;
        const eventText = shape.event(entry.entry);
        const clause = eventText ? parseClause(eventText) : null;
        const list: ListContext = {
          title: ref.list.title, entry: entry.entry, years: entry.years, yearIndex, listId: ref.list.blockId,
          ...(shape.origin ? { origin: shape.origin } : {}), ...(shape.destination ? { destination: shape.destination } : {}),
          ...(shape.noun ? { noun: shape.noun } : {}),
        };
        const build: EventBuild = clause && eventText ? { event: eventText, form: "clause", clause } : { event: entry.entry, form: "cloze-only" };
        add(mention, build, { origin: "list", list, subject: entry.entry });
      }
    } else if (inline) {
      for (const mention of mentions) {
        const item = inline.entries.find((e) => mention.start >= e.start && mention.end <= e.end);
        if (!item) {
          add(mention, buildEvent(text, mention, mentions));
          continue;
        }
        const eventText = `${inline.actor} ${inline.verbPast} the ${item.entry}`;
        const clause = parseClause(eventText);
        const list: ListContext = {
          title: inline.title, entry: item.entry, years: item.years, yearIndex: item.years.indexOf(mention.date.year),
          listId: ref.sentence.id, noun: inline.noun, actor: inline.actor, verbBase: inline.verbBase,
        };
        add(mention, clause ? { event: eventText, form: "clause", clause } : { event: eventText, form: "cloze-only" }, { origin: "inline-list", list, subject: item.entry });
      }
    } else {
      for (const mention of mentions) add(mention, buildEvent(text, mention, mentions));
    }
    const explicit = mentions.find((m) => !m.resolvedFrom && (m.date.precision === "year" || m.date.precision === "month" || m.date.precision === "day"));
    if (explicit) lastYear = { blockId: ref.blockId, year: explicit.date.year };
  }
  return { facts, durations };
}

function makeFact(doc: Document, ref: SentenceRef, mention: DateMention, build: EventBuild, existing: DatedFact[], extra: Partial<DatedFact>): DatedFact {
  const sentenceId = ref.sentence.id;
  const occurrence = existing.filter((f) => f.sentenceId === sentenceId && f.dateText === mention.text).length;
  const subject = extra.subject ?? build.clause?.questionSubject;
  const categoryText = `${build.event} ${extra.list?.title ?? ""}`;
  const fact: DatedFact = {
    id: `f-${shortHash(`${sentenceId}|${mention.text}|${occurrence}`)}`,
    documentId: doc.id,
    sectionId: ref.sectionId,
    sentenceId,
    quote: ref.sentence.text,
    dateText: mention.text,
    dateStart: mention.start,
    dateEnd: mention.end,
    date: mention.date,
    dateLabel: formatDateLabel(mention.date),
    dateStyle: mention.style,
    ...(mention.weekday ? { weekday: mention.weekday } : {}),
    ...(mention.resolvedFrom ? { resolvedFrom: mention.resolvedFrom } : {}),
    ...(mention.preposition ? { preposition: mention.preposition } : {}),
    event: build.event,
    eventForm: build.form,
    ...(build.clause ? { clause: build.clause } : {}),
    ...(subject ? { subject } : {}),
    category: categorize(categoryText),
    origin: "prose",
    keys: entityKeys(`${build.event}${extra.subject ? `. ${extra.subject}` : ""}`),
    concepts: conceptsOf(categoryText),
    ...(build.reporter ? { reporter: build.reporter } : {}),
    ...extra,
  };
  if (isStatistic(build.event)) fact.statistic = true;
  if (mention.attributive) fact.attributive = true;
  return fact;
}

/** A sentence that is nothing but a date ("November 10, 2014") is a dateline, not an event. */
function isDateOnly(text: string, mentions: readonly DateMention[]): boolean {
  let rest = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start) + rest.slice(m.end);
  return !/[A-Za-z]{3,}/.test(rest.replace(/\b(on|in|the|dated?)\b/gi, ""));
}

/** The part of a sentence around `index`, split at ", and that" / ";" (two claims often share a sentence). */
function localClause(text: string, index: number): string {
  const cuts = [0];
  for (const m of text.matchAll(/,\s+and\s+that\s+|;\s*/g)) cuts.push((m.index ?? 0) + m[0].length);
  const start = Math.max(...cuts.filter((c) => c <= index));
  const next = cuts.filter((c) => c > index);
  return text.slice(start, next.length > 0 ? Math.min(...next) : text.length);
}
