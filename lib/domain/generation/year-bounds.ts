// The latest year a distractor may use: a dated document cannot report what happened after it was
// written, so its past events get years up to its own date; announced future events get a little room.
import type { DatedFact } from "../document/facts/fact-types";
import type { Document } from "../document/types";
import type { CorpusIndex } from "./corpus-index";

export function maxDistractorYear(fact: DatedFact, doc: Document, index: CorpusIndex): number {
  const docYear = doc.date ? Number(doc.date.slice(0, 4)) : null;
  if (docYear === null) return Math.max(index.maxYear, fact.date.year);
  if (fact.date.year > docYear) return fact.date.year + 3;
  return docYear;
}

export function minDistractorYear(fact: DatedFact, index: CorpusIndex): number {
  return Math.min(index.minYear, fact.date.year) - 30;
}
