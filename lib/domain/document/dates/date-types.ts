// Dates as the text states them, at the precision it states them.

export type FactPrecision = "day" | "month" | "year" | "decade" | "century" | "range";
export type CenturyPart = "early" | "mid" | "late";

export interface FactDate {
  year: number;
  month?: number;
  day?: number;
  precision: FactPrecision;
  /** Last year covered (decades, centuries, ranges). */
  endYear?: number;
  /** "the late 19th century", "the early 1990s". */
  part?: CenturyPart;
}

/** How a date was found: stated outright, or resolved against something else. */
export type ResolvedFrom =
  /** "next year", "next March": relative to the document's own date. */
  | "relative"
  /** "On Monday, November 10": the year comes from the document's date. */
  | "document-year"
  /** "That same year": the year of the previous dated sentence. */
  | "context";

export type DateStyle = "dmy" | "mdy" | "md" | "dm" | "my" | "y" | "decade" | "decades" | "century" | "range" | "relative";

export interface DateMention {
  /** Offsets in the sentence; `text` is exactly sentence.slice(start, end). */
  start: number;
  end: number;
  text: string;
  date: FactDate;
  style: DateStyle;
  resolvedFrom?: ResolvedFrom;
  /** Lower-cased word that introduces the date ("in", "on", "by", "since"…), if any. */
  preposition?: string;
  weekday?: string;
  /** Inside "( … )" next to a name, as in list items "Prince Takahito (1958)". */
  parenthesized?: boolean;
  /** Used as a modifier ("the 1990-2000 period"): the sentence is not about an event on that date. */
  attributive?: boolean;
}

export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  if (lower === "sept") return 9;
  return MONTHS.findIndex((m) => m.toLowerCase() === lower || m.slice(0, 3).toLowerCase() === lower) + 1;
}

/** 0 = Sunday. Sakamoto's algorithm: no Date object, no time zones. */
export function weekdayOf(year: number, month: number, day: number): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (t[month - 1] ?? 0) + day) % 7;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** First and last year a date covers (a "by 1936" bound is handled by callers). */
export function yearSpan(date: FactDate): [number, number] {
  return [date.year, date.endYear ?? date.year];
}

export function spansOverlap(a: FactDate, b: FactDate): boolean {
  const [a0, a1] = yearSpan(a);
  const [b0, b1] = yearSpan(b);
  return a0 <= b1 && b0 <= a1;
}

/** Sort key: year, then month, then day; coarse dates sort before finer ones in the same year. */
export function dateSortKey(date: FactDate): number {
  return date.year * 10000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}
