// A lesson: the document's text with each sentence's facts marked, its key dates, and where
// other sources agree or disagree.
import type { SourceComparison } from "../document/facts/date-conflicts";
import type { DatedFact } from "../document/facts/fact-types";
import { dateSortKey } from "../document/dates/date-types";
import type { Document, DocumentKind } from "../document/types";
import { infoboxBlock, isInfobox, type InfoboxRow } from "./infobox";

export interface LessonHighlight {
  factId: string;
  /** Offsets of the date inside the sentence text. */
  start: number;
  end: number;
}

export interface LessonSentence {
  id: string;
  text: string;
  factIds: string[];
  highlights: LessonHighlight[];
  /** Ranges the source emphasised (rendered in italics). */
  emphasis?: { start: number; end: number }[];
}

export type LessonBlock =
  | { type: "paragraph"; id: string; label?: string; style?: "quote" | "attribution"; language: string; sentences: LessonSentence[] }
  | { type: "list"; id: string; title?: string; ordered: boolean; items: { id: string; marker: string; sentences: LessonSentence[] }[] }
  /** An encyclopedia infobox ("Party1: Japan", "Party2: Peru") as a small table of facts. */
  | { type: "facts"; id: string; title?: string; rows: InfoboxRow[] };

export interface LessonSection {
  id: string;
  heading: string | null;
  level: number;
  blocks: LessonBlock[];
}

export interface Lesson {
  slug: string;
  title: string;
  source: { publisher: string | null; kind: DocumentKind };
  date: string | null;
  datePrecision: Document["datePrecision"];
  sections: LessonSection[];
  /** This document's dated facts, sorted by date. */
  keyFacts: DatedFact[];
  /** Comparisons involving this document where sources disagree. */
  conflicts: SourceComparison[];
  /** Comparisons where other sources confirm this document's dates. */
  corroborations: SourceComparison[];
}

/** `facts` may hold every document's facts: only this document's are used for highlights and key facts. */
export function buildLesson(document: Document, facts: readonly DatedFact[], options: { comparisons?: readonly SourceComparison[] } = {}): Lesson {
  const own = facts.filter((f) => f.documentId === document.id);
  const bySentence = new Map<string, DatedFact[]>();
  for (const f of own) {
    const list = bySentence.get(f.sentenceId);
    if (list) list.push(f);
    else bySentence.set(f.sentenceId, [f]);
  }
  const sentence = (s: { id: string; text: string; emphasis?: { start: number; end: number }[] }): LessonSentence => {
    const list = bySentence.get(s.id) ?? [];
    return {
      id: s.id,
      text: s.text,
      factIds: list.map((f) => f.id),
      highlights: list.map((f) => ({ factId: f.id, start: f.dateStart, end: f.dateEnd })),
      ...(s.emphasis ? { emphasis: s.emphasis } : {}),
    };
  };
  const sections: LessonSection[] = document.sections.map((section) => ({
    id: section.id,
    heading: section.heading,
    level: section.level,
    blocks: section.paragraphs.map((block): LessonBlock =>
      block.type === "paragraph"
        ? { type: "paragraph", id: block.id, ...(block.label ? { label: block.label } : {}), ...(block.style ? { style: block.style } : {}), language: block.language, sentences: block.sentences.map(sentence) }
        : isInfobox(block.title)
          ? infoboxBlock(block)
          : { type: "list", id: block.id, ...(block.title ? { title: block.title } : {}), ordered: block.ordered, items: block.items.map((i) => ({ id: i.id, marker: i.marker, sentences: i.sentences.map(sentence) })) },
    ),
  }));
  const involved = (options.comparisons ?? []).filter((c) => c.entries.some((e) => e.documentId === document.id));
  return {
    slug: document.id,
    title: document.title,
    source: { publisher: document.publisher, kind: document.kind },
    date: document.date,
    datePrecision: document.datePrecision,
    sections,
    keyFacts: [...own].sort((a, b) => dateSortKey(a.date) - dateSortKey(b.date) || a.dateStart - b.dateStart),
    conflicts: involved.filter((c) => c.relation === "conflict"),
    corroborations: involved.filter((c) => c.relation !== "conflict"),
  };
}
