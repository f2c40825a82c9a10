// Wrong dates written like the right one ("17 December 1996", "Monday, November 10", "1970s and 1980s",
// "late 19th century", "1990-2000"), at the same precision, never true for the same event.
import type { DatedFact } from "../document/facts/fact-types";
import { daysInMonth, spansOverlap, type FactDate } from "../document/dates/date-types";
import { centurySpan, formatInStyle, ordinal } from "../document/dates/format-date";
import { forbiddenYears, type CorpusIndex } from "./corpus-index";
import { shuffle, type Rng } from "./prng";
import type { Document } from "../document/types";
import { maxDistractorYear, minDistractorYear } from "./year-bounds";
import { yearDistractors } from "./year-distractors";

export function dateDistractors(fact: DatedFact, doc: Document, index: CorpusIndex, rng: Rng): string[] {
  const isForbidden = forbiddenYears(index, fact);
  const d = fact.date;
  const inQuote = (text: string) => fact.quote.includes(text);
  const out: string[] = [];
  const add = (text: string | null) => {
    if (text && text !== fact.dateText && !out.includes(text) && !inQuote(text)) out.push(text);
  };
  const years = (count: number) =>
    yearDistractors({ answer: d.year, isForbidden, pool: index.statedYears, rng, count, min: minDistractorYear(fact, index), max: maxDistractorYear(fact, doc, index) });
  const maxYear = maxDistractorYear(fact, doc, index);
  const prefix = /^(early|mid|late)[-\s]+/i.exec(fact.dateText)?.[0] ?? "";

  switch (fact.dateStyle) {
    case "y":
      for (const y of years(3)) add(String(y));
      break;
    case "my":
      for (const y of years(3)) add(prefix + formatInStyle({ ...d, year: y }, "my"));
      break;
    case "dmy":
    case "mdy": {
      // Two other years (same day), one other month of the same year: the text gives the exact day.
      for (const y of years(2)) if (d.month && d.day && d.day <= daysInMonth(y, d.month)) add(formatInStyle({ ...d, year: y }, fact.dateStyle, !!fact.weekday));
      for (const shift of shuffle([-5, -4, -3, 3, 4, 5], rng)) {
        if (out.length >= 3) break;
        const month = (((d.month ?? 1) - 1 + shift + 12) % 12) + 1;
        if (d.day && d.day <= daysInMonth(d.year, month)) add(formatInStyle({ ...d, month }, fact.dateStyle, !!fact.weekday));
      }
      break;
    }
    case "md":
    case "dm": {
      // Same weekday a week or more away when the text names the weekday; otherwise days nearby.
      // The year came from the document's date, so the event is on or before it: earlier days only.
      const shifts = fact.weekday ? shuffle([-21, -14, -7], rng) : shuffle([-9, -7, -6, -4, -3, -2], rng);
      for (const s of shifts) {
        if (out.length >= 3) break;
        add(formatInStyle(addDays(d, s), fact.dateStyle, !!fact.weekday));
      }
      break;
    }
    case "decade":
    case "decades":
    case "range": {
      // Whole spans moved by their own length (rounded to decades), nearest first, random direction.
      const span = (d.endYear ?? d.year) - d.year + 1;
      const step = Math.max(10, Math.ceil(span / 10) * 10);
      const options = [1, 2, 3, 4].flatMap((k) => shuffle([-k * step, k * step], rng));
      for (const shift of options) {
        if (out.length >= 3) break;
        const moved: FactDate = { ...d, year: d.year + shift, endYear: (d.endYear ?? d.year) + shift };
        if (spansOverlap(moved, d) || (moved.endYear ?? moved.year) > Math.max(maxYear, d.endYear ?? d.year) + 5) continue;
        if (isForbidden(moved.year) || isForbidden(moved.endYear ?? moved.year)) continue;
        add(formatLike(fact, moved));
      }
      break;
    }
    case "century": {
      const n = Math.floor(d.year / 100) + 1;
      for (const c of shuffle([n - 2, n - 1, n + 1], rng)) {
        const [y0] = centurySpan(c, d.part);
        if (c < 1 || y0 > maxYear) continue;
        add(`${prefix}${ordinal(c)} century`);
      }
      if (out.length < 3) add(`${prefix}${ordinal(n - 3)} century`);
      break;
    }
    case "relative":
      break;
  }
  return out.slice(0, 3);
}

function formatLike(fact: DatedFact, date: FactDate): string {
  const end = date.endYear ?? date.year;
  if (fact.dateStyle === "range") {
    const sep = /\d(\s*(?:-|–|—|to)\s*)\d/.exec(fact.dateText)?.[1] ?? "-";
    return `${date.year}${sep}${end}`;
  }
  if (fact.dateStyle === "decades") {
    const joiner = /\ds\s+(.+?)\s+(?:the\s+)?\d/.exec(fact.dateText)?.[1] ?? "and";
    return `${date.year}s ${joiner} ${Math.floor(end / 10) * 10}s`;
  }
  const part = /^(early|mid|late)[-\s]+/i.exec(fact.dateText)?.[0] ?? "";
  return `${part}${date.year}s`;
}

/** Calendar arithmetic on whole days, without Date objects. */
function addDays(date: FactDate, days: number): FactDate {
  let { year } = date;
  let month = date.month ?? 1;
  let day = (date.day ?? 1) + days;
  while (day < 1) {
    month -= 1;
    if (month < 1) {
      month = 12;
      year -= 1;
    }
    day += daysInMonth(year, month);
  }
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return { ...date, year, month, day };
}
