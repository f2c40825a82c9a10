// One fact with a span is asked as one fact: a year question on "late 2017 and early 2018", "in 1948 and
// 1950", "1904-05", "15 November 1938 to 21 January 1939", or on a clause that gives several years has two
// true answers. Such dates are asked only as the span they are, or not at all.
import type { DatedFact } from "../../document/facts/fact-types";
import type { GateCheck } from "./gate-checks";

const JOIN = String.raw`\s*(?:,|and|or|to|through|until|till|-|\u2013|\u2014|and again in|and in|or in)\s*(?:the\s+)?(?:(?:late|early|mid|end of|beginning of|start of)[\s-]+)?`;
const DATE_AHEAD = new RegExp(`^${JOIN}(?:\\d{1,2}\\s+)?(?:[A-Z][a-z]+\\s+)?(?:\\d{1,2},?\\s+)?(?:1\\d{3}|20\\d{2}|\\d{2}\\b)`);
const DATE_BEHIND = new RegExp(`(?:1\\d{3}|20\\d{2})${JOIN}(?:\\d{1,2}\\s+)?(?:[A-Z][a-z]+\\s+)?(?:\\d{1,2},?\\s+)?$`);

/** The date is one end or one member of a pair or list of dates: "1948 and 1950", "1904-05", "from X to Y". */
export function dateIsPartOfSpan(fact: DatedFact): boolean {
  const before = fact.quote.slice(0, fact.dateStart);
  const after = fact.quote.slice(fact.dateEnd);
  const point = fact.date.precision === "day" || fact.date.precision === "month" || fact.date.precision === "year";
  return DATE_AHEAD.test(after) || DATE_BEHIND.test(before) || (point && /\bbetween\s+(?:the\s+)?$/i.test(before));
}

/** Other years stated in the same clause as the fact's date (split at ";" and at "and"/"but" that start a new date or subject). */
export function otherYearsInClause(fact: DatedFact): number[] {
  const cuts = [...fact.quote.matchAll(/;|,\s+(?:and|but|while|whereas)\s+|\s+and\s+(?=(?:in|on|by|during|since|after|before)\s)|\.\s/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  let start = 0;
  let end = fact.quote.length;
  for (const [a, b] of cuts) {
    if (b <= fact.dateStart && b > start) start = b;
    if (a >= fact.dateEnd && a < end) end = a;
  }
  const clause = fact.quote.slice(start, fact.dateStart) + " " + fact.quote.slice(fact.dateEnd, end);
  return [...clause.matchAll(/(?<![\d,.$])(1[0-9]\d\d|20\d\d)(?![\d,]|s\b)/g)].map((m) => Number(m[1])).filter((y) => y !== fact.date.year);
}

const YEAR_ASKED = new Set(["year-choice", "true-false", "event-for-date"]);

export const ambiguousSpan: GateCheck = (q, ctx) => {
  const fact = ctx.facts[0];
  if (!fact || fact.origin !== "prose") return null;
  if (q.kind === "chronology") {
    const part = ctx.facts.find((f) => f.origin === "prose" && (dateIsPartOfSpan(f) || otherYearsInClause(f).length > 0));
    return part ? `"${part.dateText}" is part of a span or list of dates` : null;
  }
  // A cloze that blanks the whole span ("1700, 1708 and 1709") asks the span as one fact.
  const wholeSpan = q.kind === "date-cloze" && typeof q.answer === "string" && (q.answer.match(/\b(?:1\d{3}|20\d{2})\b/g) ?? []).length > 1;
  if ((q.kind === "date-cloze" && !wholeSpan) || YEAR_ASKED.has(q.kind)) {
    if (dateIsPartOfSpan(fact)) return `"${fact.dateText}" is one end or member of a span`;
  }
  if (YEAR_ASKED.has(q.kind) && otherYearsInClause(fact).length > 0) return "the clause gives several years";
  return null;
};
