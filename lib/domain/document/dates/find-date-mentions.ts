// Finds every date a sentence states. Absolute dates always; dates relative to the document
// ("next year", "next March", "November 10") only when the document itself is dated.
import { centurySpan } from "./format-date";
import { daysInMonth, monthIndex, weekdayOf, WEEKDAYS, type CenturyPart, type DateMention, type FactDate } from "./date-types";

export interface DateContext {
  /** The document's own date; null for undated documents (relative dates then yield nothing). */
  documentDate: { year: number; month?: number; day?: number } | null;
}

const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Sept)";
const WEEKDAY = "(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(\\d{4})";
const PART = "(?:(early|mid|late)[-\\s]+)?";

// Words that make a following/preceding 4-digit number a count or amount, not a year.
const COUNT_AFTER = /^\s*(?:%|percent|per cent|million|billion|thousand|people|persons|members|migrants|workers|soldiers|troops|tons|tonnes|km|kilometres|kilometers|miles|metres|meters|feet|yen|dollars|soles|euros|units|cases|deaths|households|families|students|copies|pages|votes|hectares|acres|cars|vehicles|ships|hostages|officials)\b/i;
const CURRENCY_BEFORE = /(?:US\$|\$|€|£|¥|S\/\.?|No\.|#|number|page|p\.)\s*$/i;
const TEMPORAL_BEFORE = /\b(in|on|by|since|during|until|till|from|to|through|throughout|into|before|after|around|circa|of|back to|dates back to|date back to)\s+(?:the\s+)?$/i;
const ATTRIBUTIVE_AFTER = /^\s+(period|era|years|decade|decades|administration|government|generation|season|census|elections?|budget|plan|agenda|games|olympics|cup)\b/i;
const MIN_YEAR = 1000;
const MAX_YEAR = 2100;

interface Candidate extends DateMention { priority: number }

export function findDateMentions(sentence: string, ctx: DateContext): DateMention[] {
  const found: Candidate[] = [];
  const add = (m: RegExpExecArray, offsetInMatch: number, text: string, date: FactDate | null, rest: Partial<DateMention>, priority: number) => {
    if (!date) return;
    const start = m.index + offsetInMatch;
    found.push({ start, end: start + text.length, text, date, style: "y", ...rest, priority });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    for (const m of sentence.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`))) fn(m as RegExpExecArray);
  };

  // 17 December 1996 / Monday, 17 December 1996
  each(new RegExp(`\\b${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`), (m) => {
    add(m, 0, m[0], dayDate(+m[4]!, monthIndex(m[3]!), +m[2]!), { style: "dmy", weekday: m[1] }, 1);
  });
  // November 10, 2014 / Monday, November 10, 2014
  each(new RegExp(`\\b${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`), (m) => {
    add(m, 0, m[0], dayDate(+m[4]!, monthIndex(m[2]!), +m[3]!), { style: "mdy", weekday: m[1] }, 1);
  });
  // Monday, November 10 / August 14 / 10 November — the year comes from the document.
  if (ctx.documentDate) {
    const year = ctx.documentDate.year;
    each(new RegExp(`\\b${WEEKDAY}${MONTH}\\s+${DAY}\\b(?!,?\\s*\\d{4})(?!:)`), (m) => {
      add(m, 0, m[0], dayDate(year, monthIndex(m[2]!), +m[3]!), { style: "md", weekday: m[1], resolvedFrom: "document-year" }, 2);
    });
    each(new RegExp(`\\b${WEEKDAY}${DAY}\\s+${MONTH}\\b(?!,?\\s*\\d{4})`), (m) => {
      add(m, 0, m[0], dayDate(year, monthIndex(m[3]!), +m[2]!), { style: "dm", weekday: m[1], resolvedFrom: "document-year" }, 2);
    });
  }
  // October 1868, early March 2015
  each(new RegExp(`\\b${PART}${MONTH}(?:\\s+of)?,?\\s+${YEAR}\\b`), (m) => {
    const y = +m[3]!;
    if (validYear(y)) add(m, 0, m[0], { year: y, month: monthIndex(m[2]!), precision: "month" }, { style: "my" }, 3);
  });
  // the 1970s and 1980s
  each(/\b(\d{3}0)s\s+(?:and|or|to|through|-|–)\s+(?:the\s+)?(\d{3}0)s\b/, (m) => {
    const a = +m[1]!;
    const b = +m[2]!;
    if (validYear(a) && b > a) add(m, 0, m[0], { year: a, endYear: b + 9, precision: "decade" }, { style: "decades" }, 3);
  });
  // the 1990s, the early 1960s
  each(/\b(?:(early|mid|late)[-\s]+)?(\d{3}0)s\b/, (m) => {
    const y = +m[2]!;
    if (!validYear(y)) return;
    const part = m[1]?.toLowerCase() as CenturyPart | undefined;
    add(m, 0, m[0], { year: y, endYear: y + 9, precision: "decade", ...(part ? { part } : {}) }, { style: "decade" }, 4);
  });
  // the late 19th century — only after a temporal word ("dates back to", "in", "during"…), not "for the 21st century".
  each(/\b(?:(early|mid|late)[-\s]+)?(\d{1,2})(?:st|nd|rd|th)[-\s]+century\b/i, (m) => {
    const part = m[1]?.toLowerCase() as CenturyPart | undefined;
    const before = sentence.slice(0, m.index);
    if (!part && !TEMPORAL_BEFORE.test(before)) return;
    if (part && /\bfor\s+the\s+$/i.test(before)) return;
    const [y0, y1] = centurySpan(+m[2]!, part);
    add(m, 0, m[0], { year: y0, endYear: y1, precision: "century", ...(part ? { part } : {}) }, { style: "century" }, 4);
  });
  // 1990-2000, 1990 to 2000, between 1990 and 2000
  each(/\b(\d{4})\s*(?:-|–|—|to)\s*(\d{4})\b/, (m) => {
    const a = +m[1]!;
    const b = +m[2]!;
    if (validYear(a) && validYear(b) && b > a && b - a <= 200) add(m, 0, m[0], { year: a, endYear: b, precision: "range" }, { style: "range" }, 3);
  });
  each(/\bbetween\s+(\d{4})\s+and\s+(\d{4})\b/i, (m) => {
    const a = +m[1]!;
    const b = +m[2]!;
    const offset = m[0].indexOf(m[1]!);
    if (validYear(a) && validYear(b) && b > a) add(m, offset, m[0].slice(offset), { year: a, endYear: b, precision: "range" }, { style: "range" }, 3);
  });
  // Relative to the document's date.
  if (ctx.documentDate) addRelative(sentence, ctx.documentDate, add, each);
  // Bare years: 1899, (1958), (1996, 1997)
  each(/\b(\d{4})\b(?!s\b)(?![.,]\d)/, (m) => {
    const y = +m[1]!;
    if (!validYear(y)) return;
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index + 4);
    if (CURRENCY_BEFORE.test(before) || COUNT_AFTER.test(after) || /[:\-–]\s*$/.test(before) || /^:\d/.test(after)) return;
    if (/\b[A-Z]{2,}\s*$/.test(before) && !TEMPORAL_BEFORE.test(before)) return; // "COP 2021", "ISO 9001"
    add(m, 0, m[1]!, { year: y, precision: "year" }, { style: "y" }, 5);
  });

  return finalize(sentence, found);
}

function addRelative(
  sentence: string,
  doc: { year: number; month?: number; day?: number },
  add: (m: RegExpExecArray, o: number, t: string, d: FactDate | null, r: Partial<DateMention>, p: number) => void,
  each: (re: RegExp, fn: (m: RegExpExecArray) => void) => void,
): void {
  each(/\b(next|last|this|the coming)\s+year\b/i, (m) => {
    const dir = m[1]!.toLowerCase();
    const y = doc.year + (dir === "next" || dir === "the coming" ? 1 : dir === "last" ? -1 : 0);
    add(m, 0, m[0], { year: y, precision: "year" }, { style: "relative", resolvedFrom: "relative" }, 2);
  });
  if (doc.month) {
    const month = doc.month;
    each(new RegExp(`\\b(next|last|this|coming)\\s+${MONTH}\\b`, "i"), (m) => {
      const dir = m[1]!.toLowerCase();
      const target = monthIndex(m[2]!);
      let y = doc.year;
      if ((dir === "next" || dir === "coming") && target <= month) y += 1;
      if (dir === "last" && target >= month) y -= 1;
      add(m, 0, m[0], { year: y, month: target, precision: "month" }, { style: "relative", resolvedFrom: "relative" }, 2);
    });
    each(/\b(next|last|this)\s+month\b/i, (m) => {
      const dir = m[1]!.toLowerCase();
      const shift = dir === "next" ? 1 : dir === "last" ? -1 : 0;
      const index = doc.year * 12 + (month - 1) + shift;
      add(m, 0, m[0], { year: Math.floor(index / 12), month: (index % 12) + 1, precision: "month" }, { style: "relative", resolvedFrom: "relative" }, 2);
    });
  }
}

function dayDate(year: number, month: number, day: number): FactDate | null {
  if (!validYear(year) || month < 1 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: "day" };
}

function validYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/** Keeps the best non-overlapping mentions and annotates prepositions, parentheses and time-zone glosses. */
function finalize(sentence: string, found: Candidate[]): DateMention[] {
  found.sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of found) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  const out: DateMention[] = [];
  for (const c of kept) {
    const paren = enclosingParens(sentence, c.start);
    // "(local time; 12 a.m. on August 15, Japan time)" restates a date in another time zone.
    if (paren && /\b(a\.m\.|p\.m\.|time)\b/i.test(paren)) continue;
    if (c.weekday && c.date.month && c.date.day && c.date.precision === "day") {
      const actual = WEEKDAYS[weekdayOf(c.date.year, c.date.month, c.date.day)];
      if (actual !== c.weekday) continue; // a weekday that does not match means we resolved the wrong year
    }
    const { priority, ...mention } = c;
    const before = sentence.slice(0, c.start);
    const prep = /\b([A-Za-z]+)\s+(?:the\s+)?$/.exec(before)?.[1]?.toLowerCase();
    if (prep && /^(in|on|by|since|during|until|till|from|to|through|throughout|into|before|after|around|circa|of|until)$/.test(prep)) mention.preposition = prep;
    if (paren !== null && /^\(\s*[\d,\s–-]+\)$/.test(paren)) mention.parenthesized = true;
    if (ATTRIBUTIVE_AFTER.test(sentence.slice(c.end))) mention.attributive = true;
    out.push(mention);
  }
  return out;
}

/** Text of the innermost "( … )" around `index`, or null. */
function enclosingParens(sentence: string, index: number): string | null {
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const ch = sentence[i];
    if (ch === ")") depth++;
    else if (ch === "(") {
      if (depth === 0) {
        const close = sentence.indexOf(")", index);
        return close === -1 ? null : sentence.slice(i, close + 1);
      }
      depth--;
    }
  }
  return null;
}
