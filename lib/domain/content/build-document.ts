// One document in, everything the bank needs out: the engine's entry point. Pure and deterministic:
// nothing here reads another document, so adding, editing or removing one document never changes
// another's questions (ids, prompts, answers, choices). A caller may run it inside one DB transaction.
import { extractFacts } from "../document/facts/extract-facts";
import type { DatedFact, DurationClaim } from "../document/facts/fact-types";
import { parseDocument, type DocumentMetadata } from "../document/parse-document";
import type { Document, RawFile } from "../document/types";
import { buildCorpusIndex } from "../generation/corpus-index";
import { generateWithIndex } from "../generation/generate-questions";
import { emptyDropCounts, type DropCounts } from "../generation/gate/gate-checks";
import type { Question } from "../generation/question-types";
import { buildLesson, type Lesson } from "./build-lesson";

export interface DocumentInput {
  /** The document's text: Markdown or plain text, with optional front matter. */
  text: string;
  /** "notes.md" or "notes.txt": picks the Markdown or plain-text reader; the id derives from it. */
  fileName: string;
  /** Overrides the id the file name or front matter would give. */
  id?: string;
  /** Title, kind, publisher, date given outside the text (a form): they win over front matter. */
  metadata?: DocumentMetadata;
}

export interface DocumentContent {
  document: Document;
  facts: DatedFact[];
  durations: DurationClaim[];
  /** Lesson of this document alone (cross-source comparisons are added by buildContent). */
  lesson: Lesson;
  questions: Question[];
  /** Candidates the self-check gate rejected, per check. */
  drops: DropCounts;
  /** Candidates generated before the gate. */
  candidates: number;
}

export function buildDocumentContent(input: DocumentInput): DocumentContent {
  const file: RawFile = { fileName: input.fileName, text: input.text };
  const document = parseDocument(file, { ...(input.id ? { id: input.id } : {}), ...(input.metadata ? { metadata: input.metadata } : {}) });
  const { facts, durations } = extractFacts(document);
  const index = buildCorpusIndex([document], facts);
  const drops = emptyDropCounts();
  const generated = generateWithIndex([document], index, drops);
  return {
    document,
    facts,
    durations,
    lesson: buildLesson(document, facts),
    questions: generated.questions,
    drops,
    candidates: generated.candidates,
  };
}
