// The single pure entry point: raw files → documents → facts → questions, lessons, timeline.
import { compareSources, type SourceComparison } from "../document/facts/date-conflicts";
import { extractFacts } from "../document/facts/extract-facts";
import type { DatedFact, DurationClaim } from "../document/facts/fact-types";
import { documentIdFor, parseDocument } from "../document/parse-document";
import type { Document, RawFile } from "../document/types";
import { buildCorpusIndex } from "../generation/corpus-index";
import { generateWithIndex } from "../generation/generate-questions";
import type { Question } from "../generation/question-types";
import { buildTimeline, type Timeline } from "../timeline/build-timeline";
import { buildLesson, type Lesson } from "./build-lesson";

export interface Content {
  documents: Document[];
  facts: DatedFact[];
  durations: DurationClaim[];
  /** Every cross-source comparison (agreements and conflicts); `conflicts` is the subset that disagrees. */
  comparisons: SourceComparison[];
  conflicts: SourceComparison[];
  questions: Question[];
  lessons: Lesson[];
  timeline: Timeline;
}

export function buildContent(rawFiles: readonly RawFile[]): Content {
  // Sorted by file name so ids, order and dedupe choices never depend on directory order.
  const files = [...rawFiles].sort((a, b) => a.fileName.localeCompare(b.fileName));
  const ids = uniqueIds(files.map(documentIdFor));
  const documents = files.map((file, i) => parseDocument(file, { id: ids[i] }));
  const facts: DatedFact[] = [];
  const durations: DurationClaim[] = [];
  for (const doc of documents) {
    const extracted = extractFacts(doc);
    facts.push(...extracted.facts);
    durations.push(...extracted.durations);
  }
  const comparisons = compareSources(facts, durations);
  const conflicts = comparisons.filter((c) => c.relation === "conflict");
  const conflictedFactIds = conflicts.flatMap((c) => c.entries.map((e) => e.factId).filter((id): id is string => !!id));
  const index = buildCorpusIndex(documents, facts, conflictedFactIds);
  const questions = generateWithIndex(documents, index);
  // Grouped once: each lesson only sees its own facts and comparisons (no documents × facts scan).
  const factsByDoc = groupBy(facts, (f) => [f.documentId]);
  const comparisonsByDoc = groupBy(comparisons, (c) => [...new Set(c.entries.map((e) => e.documentId))]);
  const lessons = documents.map((doc) => buildLesson(doc, factsByDoc.get(doc.id) ?? [], { comparisons: comparisonsByDoc.get(doc.id) ?? [] }));
  const timeline = buildTimeline(facts, { documents });
  return { documents, facts, durations, comparisons, conflicts, questions, lessons, timeline };
}

function groupBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = out.get(key);
      if (list) list.push(item);
      else out.set(key, [item]);
    }
  }
  return out;
}

/** Two files with the same slug ("a.md", "a.txt"): later ones get "-2", "-3". */
function uniqueIds(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
