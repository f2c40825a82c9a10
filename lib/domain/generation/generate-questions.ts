// Documents + their corpus index → every question kind, deduplicated by prompt, in a stable order.
import type { DatedFact } from "../document/facts/fact-types";
import { documentSentences, type Document } from "../document/types";
import { chronologyQuestions } from "./chronology";
import type { CorpusIndex } from "./corpus-index";
import { dateClozeQuestion } from "./date-cloze";
import { eventForDateQuestion } from "./event-for-date";
import { numberClozeQuestions } from "./number-cloze";
import type { Question } from "./question-types";
import { trueFalseQuestion } from "./true-false";
import { listFactsById, whoWhatQuestion } from "./who-what";
import { yearChoiceQuestion } from "./year-choice";

export function generateWithIndex(documents: readonly Document[], index: CorpusIndex): Question[] {
  const out: Question[] = [];
  const factsBySentence = new Map<string, DatedFact[]>();
  for (const f of index.facts) {
    const list = factsBySentence.get(f.sentenceId);
    if (list) list.push(f);
    else factsBySentence.set(f.sentenceId, [f]);
  }
  const lists = listFactsById(index.facts);
  for (const doc of documents) {
    for (const ref of documentSentences(doc)) {
      const facts = factsBySentence.get(ref.sentence.id) ?? [];
      for (const fact of facts) {
        const candidates = [
          yearChoiceQuestion(fact, doc, index),
          dateClozeQuestion(fact, doc, index),
          eventForDateQuestion(fact, doc, index),
          trueFalseQuestion(fact, doc, index),
          fact.list ? whoWhatQuestion(fact, doc, lists.get(fact.list.listId) ?? []) : null,
        ];
        for (const q of candidates) if (q) out.push(q);
      }
      out.push(...numberClozeQuestions(doc, ref, facts));
    }
  }
  out.push(...chronologyQuestions(index));
  return dedupe(out);
}

/** Same prompt twice (the same event told by two sources): keep the first, in document order. */
function dedupe(questions: Question[]): Question[] {
  const prompts = new Set<string>();
  const ids = new Set<string>();
  const out: Question[] = [];
  for (const q of questions) {
    const key = q.prompt.toLowerCase().replace(/\s+/g, " ");
    if (prompts.has(key) || ids.has(q.id)) continue;
    prompts.add(key);
    ids.add(q.id);
    out.push(q);
  }
  return out;
}
