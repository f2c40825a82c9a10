// "Fill in the blank: In _____, Peru declared its independence from Spain …" with dates of the same precision.
import type { DatedFact } from "../document/facts/fact-types";
import type { Document } from "../document/types";
import { dateRole, type CorpusIndex } from "./corpus-index";
import { dateDistractors } from "./date-distractors";
import { seededRng, shuffle } from "./prng";
import { kindLabel, questionId, quoteLine, sourceOf } from "./question-text";
import type { Question } from "./question-types";

export const BLANK = "_____";

export function dateClozeQuestion(fact: DatedFact, doc: Document, index: CorpusIndex): Question | null {
  if (fact.origin !== "prose" || fact.statistic || fact.dateStyle === "relative") return null;
  if (fact.resolvedFrom === "relative" || fact.resolvedFrom === "context") return null;
  // "By 1936", "since the 1960s": later/earlier dates would also be true, so no date choices.
  if (dateRole(fact) !== "at") return null;
  if (fact.quote.indexOf(fact.dateText) !== fact.quote.lastIndexOf(fact.dateText)) return null;
  const id = questionId("date-cloze", fact.sentenceId, fact.id);
  const rng = seededRng(id);
  const distractors = dateDistractors(fact, doc, index, rng);
  if (distractors.length < 3) return null;
  const blanked = clozeText(fact, doc);
  return {
    id,
    kind: "date-cloze",
    prompt: blanked,
    answer: fact.dateText,
    choices: shuffle([fact.dateText, ...distractors], rng),
    explanation: `“${fact.dateText}”. ${quoteLine(doc, fact.quote)}`,
    source: sourceOf(fact, doc),
    factIds: [fact.id],
  };
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
