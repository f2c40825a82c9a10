import { z } from "zod";
import type { DatedFact } from "@/lib/domain/document/facts/fact-types";
import type { Lesson } from "./build-lesson";

// Lessons and dated facts are written whole by the ingest from these same types. Reading them back, the
// schemas check the fields every reader relies on; the deeper parts (clauses, comparisons) ride along.

const factDateSchema = z.looseObject({ year: z.number(), precision: z.string() });

const datedFactEnvelope = z.looseObject({
  id: z.string(),
  documentId: z.string(),
  sectionId: z.string(),
  sentenceId: z.string(),
  quote: z.string(),
  date: factDateSchema,
  dateLabel: z.string(),
  event: z.string(),
  category: z.string(),
  keys: z.array(z.string()),
  concepts: z.array(z.string()),
});

const lessonEnvelope = z.looseObject({
  slug: z.string(),
  title: z.string(),
  source: z.looseObject({ publisher: z.string().nullable(), kind: z.string() }),
  date: z.string().nullable(),
  sections: z.array(z.looseObject({ id: z.string(), heading: z.string().nullable(), level: z.number(), blocks: z.array(z.looseObject({ type: z.string(), id: z.string() })) })),
  keyFacts: z.array(datedFactEnvelope),
  conflicts: z.array(z.unknown()),
  corroborations: z.array(z.unknown()),
});

/** A DatedFact as stored in DatedFact.payloadJson. */
export const storedDatedFactSchema = z.custom<DatedFact>((value) => datedFactEnvelope.safeParse(value).success, "Not a stored dated fact");

/** A Lesson as stored in ContentDocument.lessonJson. */
export const storedLessonSchema = z.custom<Lesson>((value) => lessonEnvelope.safeParse(value).success, "Not a stored lesson");
