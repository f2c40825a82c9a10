// "In what year did 790 Japanese migrants arrive in Peru aboard the Sakuramaru?" — four years.
import type { DatedFact } from "../document/facts/fact-types";
import type { Document } from "../document/types";
import { dateRole, forbiddenYears, isPointDate, type CorpusIndex } from "./corpus-index";
import { seededRng, shuffle } from "./prng";
import { documentDateLabel, questionId, quoteLine, sourceOf, yearQuestion } from "./question-text";
import type { Question } from "./question-types";
import { otherYearsOfEvent } from "./repeated-events";
import { maxDistractorYear, minDistractorYear } from "./year-bounds";
import { yearDistractors } from "./year-distractors";

/** Facts whose year can be asked: a point date the event happened at, stated or resolved from a dated document. */
export function canAskYear(fact: DatedFact, doc: Document): boolean {
  if (!isPointDate(fact) || fact.statistic || fact.attributive || dateRole(fact) !== "at") return false;
  if (fact.resolvedFrom === "context") return false;
  if (fact.resolvedFrom && !doc.date) return false;
  return fact.eventForm === "clause" || fact.eventForm === "phrase";
}

export function yearChoiceQuestion(fact: DatedFact, doc: Document, index: CorpusIndex): Question | null {
  if (!canAskYear(fact, doc)) return null;
  const prompt = sayWhichTime(yearQuestion(fact, doc), fact, index);
  if (!prompt) return null;
  const id = questionId("year-choice", fact.sentenceId, fact.id);
  const rng = seededRng(id);
  const answer = fact.date.year;
  const distractors = yearDistractors({
    answer,
    isForbidden: forbiddenYears(index, fact),
    pool: index.statedYears,
    rng,
    min: minDistractorYear(fact, index),
    max: maxDistractorYear(fact, doc, index),
  });
  if (distractors.length < 3) return null;
  const choices = shuffle([answer, ...distractors], rng).map(String);
  return {
    id,
    kind: "year-choice",
    prompt,
    answer: String(answer),
    choices,
    explanation: explainYear(fact, doc),
    source: sourceOf(fact, doc),
    factIds: [fact.id],
  };
}

/**
 * "Fujimori visited Japan" in 1992 and 1995: the earliest is asked as "did … first visit"; a later one is not
 * asked as a year (which time would it be?). Single events keep their prompt.
 */
function sayWhichTime(prompt: string | null, fact: DatedFact, index: CorpusIndex): string | null {
  if (!prompt || fact.list) return prompt;
  const others = otherYearsOfEvent(fact, index.facts.filter((f) => f.documentId === fact.documentId));
  if (others.length === 0 || /\b(?:first|again|second|last)\b/i.test(prompt)) return prompt;
  if (others.some((y) => y < fact.date.year)) return null;
  const base = fact.clause?.base;
  if (!base || !/ did /i.test(` ${prompt}`)) return null;
  const at = prompt.search(new RegExp(`\\s${base}\\b`));
  return at > 0 ? `${prompt.slice(0, at)} first${prompt.slice(at)}` : null;
}

/** The answer, the quote, and how a relative date was resolved. */
export function explainYear(fact: DatedFact, doc: Document): string {
  const resolved =
    fact.resolvedFrom === "relative"
      ? ` It is dated ${documentDateLabel(doc)}, so “${fact.dateText}” means ${fact.dateLabel}.`
      : fact.resolvedFrom === "document-year"
        ? ` It is dated ${documentDateLabel(doc)}, so “${fact.dateText}” is ${fact.dateLabel}.`
        : "";
  return `${fact.dateLabel}. ${quoteLine(doc, fact.quote)}${resolved}`;
}
