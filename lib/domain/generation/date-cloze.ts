// "Fill in the blank: In _____, Peru declared its independence from Spain …" with dates of the same precision.
import type { DatedFact } from "../document/facts/fact-types";
import type { Document } from "../document/types";
import { dateRole, type CorpusIndex } from "./corpus-index";
import { dateDistractors } from "./date-distractors";
import { seededRng, shuffle } from "./prng";
import { kindLabel, questionId, quoteLine, sourceOf } from "./question-text";
import type { Question } from "./question-types";

export const BLANK = "_____";

// "from 1914" (a start), "until 1950", "through 1947": one date fits the blank, so they may be asked too.
const CLOZE_PREPOSITIONS = new Set(["from", "until", "till", "through"]);

export function dateClozeQuestion(fact: DatedFact, doc: Document, index: CorpusIndex): Question | null {
  if (fact.origin !== "prose" || fact.statistic || fact.dateStyle === "relative") return null;
  if (fact.resolvedFrom === "relative" || fact.resolvedFrom === "context") return null;
  // "By 1936", "since the 1960s": later/earlier dates would also be true, so no date choices.
  if (dateRole(fact) !== "at" && !CLOZE_PREPOSITIONS.has(fact.preposition ?? "")) return null;
  const span = joinedSpan(fact);
  if (span === "not-first") return null;
  const blank = span ?? { start: fact.dateStart, end: fact.dateEnd, text: fact.dateText };
  if (fact.quote.indexOf(blank.text) !== fact.quote.lastIndexOf(blank.text)) return null;
  const id = questionId("date-cloze", fact.sentenceId, fact.id);
  const rng = seededRng(id);
  const distractors = span ? spanDistractors(span.text, fact.quote, rng) : dateDistractors(fact, doc, index, rng);
  if (distractors.length < 3) return null;
  const blanked = clozeText({ ...fact, dateStart: blank.start, dateEnd: blank.end }, doc);
  return {
    id,
    kind: "date-cloze",
    prompt: blanked,
    answer: blank.text,
    choices: shuffle([blank.text, ...distractors], rng),
    explanation: `“${blank.text}”. ${quoteLine(doc, fact.quote)}`,
    source: sourceOf(fact, doc),
    factIds: [fact.id],
  };
}

const JOINED = String.raw`\s*(?:,\s*and|,|and|or|to|through|until|till|-|\u2013|\u2014)\s*(?:the\s+)?(?:(?:late|early|mid|end of|beginning of)[\s-]+)?(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d{1,2},?\s+)?(?:1\d{3}|20\d{2})\b`;
const JOINED_AHEAD = new RegExp(`^(?:${JOINED})+`);

/**
 * "in 1700, 1708 and 1709", "in 1945 through 1947", "late 1947 and early 1948": several dates read as one
 * span. The first of them blanks the whole span; the others ask nothing (each alone has several true answers).
 */
export function joinedSpan(fact: DatedFact): { start: number; end: number; text: string } | "not-first" | null {
  const before = fact.quote.slice(0, fact.dateStart);
  if (new RegExp(`(?:1\\d{3}|20\\d{2})\\s*(?:,\\s*and|,|and|or|to|through|until|till|-|\u2013|\u2014)\\s*(?:the\\s+)?(?:(?:late|early|mid|end of|beginning of)[\\s-]+)?$`).test(before)) return "not-first";
  const ahead = JOINED_AHEAD.exec(fact.quote.slice(fact.dateEnd));
  if (!ahead) return null;
  const end = fact.dateEnd + ahead[0].length;
  return { start: fact.dateStart, end, text: fact.quote.slice(fact.dateStart, end) };
}

/** The same span moved by a few years, every year by the same amount: "1697, 1705 and 1706". */
function spanDistractors(span: string, quote: string, rng: () => number): string[] {
  const out: string[] = [];
  for (const shift of shuffle([-2, -3, -4, -5, -6, -8, -10, 2, 3, 4, 5, 6, 8, 10], rng)) {
    if (out.length >= 3) break;
    const moved = span.replace(/\b(1\d{3}|20\d{2})\b/g, (y) => String(Number(y) + shift));
    if (moved !== span && !quote.includes(moved) && !out.includes(moved)) out.push(moved);
  }
  return out;
}

const LEADING_PRONOUN = /^(?:He|She|They|It|His|Her|Their|Its)\b/;

/**
 * The sentence with its date blanked. A dated list entry ("1595 — Mendaña sights the islands") reads
 * "_____: Mendaña sights …"; a sentence that opens with a pronoun names its document, so it stands alone.
 */
export function clozeText(fact: DatedFact, doc: Document): string {
  const before = fact.quote.slice(0, fact.dateStart);
  let after = fact.quote.slice(fact.dateEnd);
  if (before.trim() === "" && fact.origin !== "prose") after = after.replace(/^\s*(?:[\u2014\u2013:]|--?)\s*/, ": ");
  else if (before.trim() === "") after = after.replace(/^\s*(?:[\u2014\u2013]|--)\s+/, ": ");
  const text = `${before}${BLANK}${after}`;
  const from = LEADING_PRONOUN.test(fact.quote) ? ` (from the ${kindLabel(doc)} “${doc.title}”)` : "";
  return `Fill in the blank${from}: ${text}`;
}
