// Durations and anniversaries ("more than 140 years", "more than 115 years ago",
// "the 120th anniversary … in 2019") are not dates, but they imply a starting year
// that can be compared with dates stated elsewhere (see facts/date-conflicts.ts).
import type { DateMention } from "./date-types";

export type DurationKind = "duration" | "ago" | "anniversary";
export type DurationQualifier = "more-than" | "about" | "less-than" | "exact";

export interface DurationMention {
  start: number;
  end: number;
  text: string;
  years: number;
  qualifier: DurationQualifier;
  kind: DurationKind;
  /** Year the duration is counted back from: a date in the same sentence, else the document's date. */
  anchorYear: number;
  anchorFrom: "sentence-date" | "document-date";
  /** anchorYear − years: the start the text implies (a bound when qualified). */
  impliedYear: number;
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const QUAL = "(more than|over|nearly|almost|about|around|approximately|some|at least|less than|fewer than|under)?\\s*";
const UNIT_YEARS: Record<string, number> = { year: 1, years: 1, decade: 10, decades: 10, century: 100, centuries: 100 };

function qualifierOf(raw: string | undefined): DurationQualifier {
  if (!raw) return "exact";
  if (/more than|over|at least/i.test(raw)) return "more-than";
  if (/less than|fewer than|under|nearly|almost/i.test(raw)) return "less-than";
  return "about";
}

export function findDurations(
  sentence: string,
  mentions: readonly DateMention[],
  documentYear: number | null,
): DurationMention[] {
  const out: DurationMention[] = [];
  const sentenceYear = mentions.find((m) => m.date.precision !== "decade" && m.date.precision !== "century")?.date.year ?? null;
  const anchorFor = (preferSentence: boolean): { year: number; from: DurationMention["anchorFrom"] } | null => {
    if (preferSentence && sentenceYear !== null) return { year: sentenceYear, from: "sentence-date" };
    if (documentYear !== null) return { year: documentYear, from: "document-date" };
    return null;
  };
  const push = (m: RegExpMatchArray, years: number, qualifier: DurationQualifier, kind: DurationKind, anchor: ReturnType<typeof anchorFor>) => {
    if (!anchor || !Number.isFinite(years) || years <= 0) return;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, text: m[0].trim(), years, qualifier, kind, anchorYear: anchor.year, anchorFrom: anchor.from, impliedYear: anchor.year - years });
  };

  // "the 120th anniversary": counted back from the date the sentence gives it.
  for (const m of sentence.matchAll(/\b(\d{1,4})(?:st|nd|rd|th)\s+anniversary\b/gi)) {
    push(m, +m[1]!, "exact", "anniversary", anchorFor(true));
  }
  // "more than 115 years ago"
  for (const m of sentence.matchAll(new RegExp(`\\b${QUAL}(\\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(years?|decades?|centur(?:y|ies))\\s+ago\\b`, "gi"))) {
    const n = NUMBER_WORDS[m[2]!.toLowerCase()] ?? +m[2]!;
    push(m, n * (UNIT_YEARS[m[3]!.toLowerCase()] ?? 1), qualifierOf(m[1]), "ago", anchorFor(false));
  }
  // "for more than 140 years", "140 years of diplomatic relations"
  for (const m of sentence.matchAll(new RegExp(`(?:\\bfor\\s+${QUAL}(\\d{1,4})\\s+years\\b(?!\\s+ago)|\\b${QUAL}(\\d{1,4})\\s+years\\s+of\\b)`, "gi"))) {
    const years = +(m[2] ?? m[4] ?? NaN);
    push(m, years, qualifierOf(m[1] ?? m[3]), "duration", anchorFor(true));
  }
  return out;
}
