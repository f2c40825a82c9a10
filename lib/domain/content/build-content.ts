// Raw files → documents → facts → questions, lessons, timeline. Each document's questions are built by
// buildDocumentContent from that document alone; only the lessons' "Sources differ" boxes and the
// timeline look across documents.
import { compareSources, type SourceComparison } from "../document/facts/date-conflicts";
import type { DatedFact, DurationClaim } from "../document/facts/fact-types";
import { documentIdFor } from "../document/parse-document";
import type { Document, RawFile } from "../document/types";
import type { DropCounts } from "../generation/gate/gate-checks";
import type { Question } from "../generation/question-types";
import { buildTimeline, type Timeline } from "../timeline/build-timeline";
import { buildDocumentContent } from "./build-document";
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
  /** Per document: candidates generated and how many each gate check dropped. */
  checks: { documentId: string; candidates: number; drops: DropCounts }[];
}

export function buildContent(rawFiles: readonly RawFile[]): Content {
  // Sorted by file name so ids and order never depend on directory order.
  const files = [...rawFiles].sort((a, b) => a.fileName.localeCompare(b.fileName));
  const ids = uniqueIds(files.map(documentIdFor));
  const built = files.map((file, i) => buildDocumentContent({ fileName: file.fileName, text: file.text, id: ids[i] }));
  const documents = built.map((b) => b.document);
  const facts = built.flatMap((b) => b.facts);
  const durations = built.flatMap((b) => b.durations);
  const comparisons = compareSources(facts, durations);
  const conflicts = comparisons.filter((c) => c.relation === "conflict");
  const comparisonsByDoc = groupBy(comparisons, (c) => [...new Set(c.entries.map((e) => e.documentId))]);
  const lessons = built.map((b) => buildLesson(b.document, b.facts, { comparisons: comparisonsByDoc.get(b.document.id) ?? [] }));
  const timeline = buildTimeline(facts, { documents });
  return {
    documents,
    facts,
    durations,
    comparisons,
    conflicts,
    questions: built.flatMap((b) => b.questions),
    lessons,
    timeline,
    checks: built.map((b) => ({ documentId: b.document.id, candidates: b.candidates, drops: b.drops })),
  };
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
