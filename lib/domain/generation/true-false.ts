// "True or false: In 1873, Japan and Peru formally established diplomatic relations …"
// Half the statements are shifted to a year that is true for that event in no document.
import type { DatedFact } from "../document/facts/fact-types";
import type { Document } from "../document/types";
import { forbiddenYears, type CorpusIndex } from "./corpus-index";
import { seededRng } from "./prng";
import { questionId, quoteLine, sourceOf, statementWithYear } from "./question-text";
import type { Question } from "./question-types";
import { maxDistractorYear, minDistractorYear } from "./year-bounds";
import { yearDistractors } from "./year-distractors";
import { canAskYear } from "./year-choice";

export function trueFalseQuestion(fact: DatedFact, doc: Document, index: CorpusIndex): Question | null {
  // Explicit years only: a statement built on "next year" would need the document date spelled out.
  if (!canAskYear(fact, doc) || fact.resolvedFrom) return null;
  const id = questionId("true-false", fact.sentenceId, fact.id);
  const rng = seededRng(id);
  const isTrue = rng() < 0.5;
  let year = fact.date.year;
  if (!isTrue) {
    const [shifted] = yearDistractors({
      answer: year,
      isForbidden: forbiddenYears(index, fact),
      pool: index.statedYears,
      rng,
      count: 1,
      min: minDistractorYear(fact, index),
      max: maxDistractorYear(fact, doc, index),
    });
    if (shifted === undefined) return null;
    year = shifted;
  }
  const statement = statementWithYear(fact, year);
  const explanation = isTrue
    ? `True. ${quoteLine(doc, fact.quote)}`
    : `False. The text gives ${fact.dateLabel}, not ${year}. ${quoteLine(doc, fact.quote)}`;
  return {
    id,
    kind: "true-false",
    prompt: `True or false: ${statement}`,
    answer: isTrue ? "True" : "False",
    choices: ["True", "False"],
    explanation,
    source: sourceOf(fact, doc),
    factIds: [fact.id],
  };
}
