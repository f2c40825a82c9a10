// What a question shows, split by where the words come from: quoted from the source, or written by us.
import type { Question } from "../question-types";

const TRUTH = new Set(["True", "False"]);
export const BLANK_RUN = /_{3,}/g;

/** The event a year question or true/false statement asks about, without its frame. */
export function askedEvent(q: Question): string | null {
  if (q.kind === "year-choice") {
    const m = /^(?:According to [^,]+, )?in what year (?:did|was|were|had|has|have|is|are|would|will)\s+(.*)\?$/i.exec(q.prompt);
    return m ? (m[1] ?? null) : null;
  }
  if (q.kind === "true-false") return statementBody(q.prompt);
  return null;
}

/** "True or false: In 1905, the treaty was signed." → "the treaty was signed." */
export function statementBody(prompt: string): string {
  const s = prompt.replace(/^True or false:\s*/i, "");
  const m = /^(?:in|on|by|during)\s[^,]{0,30}?\d{4},\s*(.*)$/is.exec(s);
  // "President Kishi visited Peru in 1959." (a list entry): the date given is at the end.
  return m ? (m[1] ?? s) : s.replace(/\s+(?:in|on)\s+[^,]{0,30}?\d{4}\.?$/i, ".");
}

/** Texts we composed (events, rewritten clauses), which must read as English on their own. */
export function writtenTexts(q: Question): string[] {
  const out: string[] = [];
  const asked = askedEvent(q);
  if (asked) out.push(asked);
  if (q.kind === "event-for-date") out.push(...(q.choices ?? [String(q.answer)]));
  if (q.kind === "chronology" && Array.isArray(q.answer)) out.push(...q.answer);
  return out;
}

/** Everything shown: prompt, answer(s), choices (not "True"/"False"). */
export function shownTexts(q: Question): string[] {
  const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
  return [q.prompt, ...answers, ...(q.choices ?? [])].filter((t) => !TRUTH.has(t));
}

/** Lower-cased, accents folded, punctuation as separate tokens: "X (born 1815) y" → " x ( born 1815 ) y ". */
export function tokens(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/([,;:()?!"\u201c\u201d])/g, " $1 ")
    .replace(/\.(?=\s|$)/g, " . ")
    .split(/\s+/)
    .filter(Boolean);
}

export function padded(text: string): string {
  return ` ${tokens(text).join(" ")} `;
}

export const YEAR_IN_TEXT = /(?<!\d)(1[0-9]\d\d|20\d\d)(?!\d)/g;

export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[1]));
}

export interface WrittenText {
  text: string;
  /** The sentence it was written from. */
  source: string;
}

/** Each composed text with the sentence it came from (chronology items: their own facts' sentences). */
export function writtenWithSources(q: Question, factQuotes: readonly string[]): WrittenText[] {
  const asked = askedEvent(q);
  if (asked) return [{ text: asked, source: q.source.quote }];
  if (q.kind === "event-for-date") return [{ text: String(q.answer), source: q.source.quote }];
  if (q.kind === "chronology" && Array.isArray(q.answer)) {
    return q.answer.map((text, i) => ({ text, source: factQuotes[i] ?? q.source.quotes?.[i]?.quote ?? q.source.quote }));
  }
  return [];
}
