// "Fill in the blank with the number the text gives: In 1899, _____ Japanese migrants …"
import type { DatedFact } from "../document/facts/fact-types";
import { findDateMentions } from "../document/dates/find-date-mentions";
import { documentDateParts } from "../document/parse-document";
import type { Document, SentenceRef } from "../document/types";
import { BLANK } from "./date-cloze";
import { findNumbers } from "./find-numbers";
import { formatNumberLike, numberDistractors } from "./number-distractors";
import { seededRng, shuffle } from "./prng";
import { questionId, quoteLine } from "./question-text";
import type { Question } from "./question-types";

export function numberClozeQuestions(doc: Document, ref: SentenceRef, factsOfSentence: readonly DatedFact[]): Question[] {
  if (ref.language !== "en" || ref.attribution || /^infobox$/i.test(ref.list?.title ?? "")) return [];
  const text = ref.sentence.text;
  const dates = findDateMentions(text, { documentDate: documentDateParts(doc) });
  const out: Question[] = [];
  // "That same year, …" means nothing on its own: name the year the text resolves it to.
  const anaphoric = factsOfSentence.find((f) => f.resolvedFrom === "context");
  const context = anaphoric ? ` (“${anaphoric.dateText}” is ${anaphoric.dateLabel})` : "";
  for (const n of findNumbers(text, dates)) {
    const id = questionId("number-cloze", ref.sentence.id, `${n.text}@${n.start}`);
    const rng = seededRng(id);
    // "By 1936, 23,000 …" is cumulative: a smaller number would also be true.
    const bound = /^\s*By\s+\d{4}\b/.test(text) && n.bound !== "upper" ? { ...n, bound: "lower" as const } : n;
    const distractors = numberDistractors(bound, rng).map((v) => formatNumberLike(v, n));
    if (distractors.length < 3 || distractors.some((d) => d === n.text || text.includes(` ${d} `))) continue;
    out.push({
      id,
      kind: "number-cloze",
      prompt: `Fill in the blank with the number the text gives${context}: ${text.slice(0, n.start)}${BLANK}${text.slice(n.end)}`,
      answer: n.text,
      choices: shuffle([n.text, ...distractors], rng),
      explanation: `${n.text}. ${quoteLine(doc, text)}`,
      source: { documentId: doc.id, documentTitle: doc.title, sectionId: ref.sectionId, sentenceId: ref.sentence.id, quote: text },
      factIds: factsOfSentence.map((f) => f.id),
    });
  }
  return out;
}
