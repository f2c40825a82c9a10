// Documents + their index → every question kind, checked by the self-check gate, deduplicated by
// prompt, in a stable order. Rejected candidates are counted per check in `drops`.
import type { DatedFact } from "../document/facts/fact-types";
import { documentSentences, type Document } from "../document/types";
import { chronologyQuestions } from "./chronology";
import type { CorpusIndex } from "./corpus-index";
import { dateClozeQuestion } from "./date-cloze";
import { eventForDateQuestion } from "./event-for-date";
import { emptyDropCounts, firstDefect, type DropCounts } from "./gate/gate-checks";
import { numberClozeQuestions } from "./number-cloze";
import type { Question } from "./question-types";
import { trueFalseQuestion } from "./true-false";
import { listFactsById, whoWhatQuestion } from "./who-what";
import { yearChoiceQuestion } from "./year-choice";

export interface GeneratedQuestions {
  questions: Question[];
  /** Candidates before the gate. */
  candidates: number;
}

export function generateWithIndex(documents: readonly Document[], index: CorpusIndex, drops: DropCounts = emptyDropCounts()): GeneratedQuestions {
  const out: Question[] = [];
  const factsBySentence = new Map<string, DatedFact[]>();
  const factById = new Map(index.facts.map((f) => [f.id, f]));
  const factsByDocument = new Map<string, DatedFact[]>();
  for (const f of index.facts) {
    push(factsBySentence, f.sentenceId, f);
    push(factsByDocument, f.documentId, f);
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
  const kept: Question[] = [];
  for (const q of out) {
    const document = index.documents.get(q.source.documentId);
    if (!document) continue;
    const facts = q.factIds.map((id) => factById.get(id)).filter((f): f is DatedFact => !!f);
    const defect = firstDefect(q, { document, facts, documentFacts: factsByDocument.get(document.id) ?? [] });
    if (defect) drops[defect.check] += 1;
    else kept.push(q);
  }
  const questions = dedupe(kept);
  drops["duplicate-prompt"] += kept.length - questions.length;
  return { questions, candidates: out.length };
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Same prompt twice (the same event told twice in a document): keep the first, in document order. */
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
