import "server-only";
import type { Lesson } from "@/lib/domain/content/build-lesson";
import type { LessonSummaryView } from "@/lib/domain/content/views";
import type { DatedFact } from "@/lib/domain/document/facts/fact-types";
import type { Document } from "@/lib/domain/document/types";
import { buildTimeline, type Timeline } from "@/lib/domain/timeline/build-timeline";
import { cache } from "react";
import { db } from "@/lib/server/db";

export async function listLessons(): Promise<LessonSummaryView[]> {
  const rows = await db.contentDocument.findMany({
    where: { retiredAt: null },
    orderBy: { position: "asc" },
    select: {
      id: true,
      title: true,
      kind: true,
      publisher: true,
      date: true,
      _count: { select: { facts: { where: { retiredAt: null } }, questions: { where: { retiredAt: null } } } },
    },
  });
  return rows.map((row) => ({
    slug: row.id,
    title: row.title,
    kind: row.kind,
    publisher: row.publisher,
    date: row.date,
    factCount: row._count.facts,
    questionCount: row._count.questions,
  }));
}

/** Memoized per request: the page's metadata and its body both need the lesson. */
export const getLesson = cache(async (slug: string): Promise<Lesson | null> => {
  const row = await db.contentDocument.findFirst({ where: { id: slug, retiredAt: null }, select: { lessonJson: true } });
  return row ? (JSON.parse(row.lessonJson) as Lesson) : null;
});

/** Every active dated fact across the documents, merged into one timeline grouped by era. */
export async function getTimeline(): Promise<{ timeline: Timeline; titles: Map<string, string> }> {
  const [documents, facts] = await Promise.all([
    db.contentDocument.findMany({ where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, title: true } }),
    db.datedFact.findMany({ where: { retiredAt: null }, orderBy: { sortKey: "asc" }, select: { payloadJson: true } }),
  ]);
  // The timeline only needs the documents' order to pick each event's primary source.
  const order = documents.map((doc) => ({ id: doc.id }) as Document);
  const timeline = buildTimeline(
    facts.map((row) => JSON.parse(row.payloadJson) as DatedFact),
    { documents: order },
  );
  return { timeline, titles: new Map(documents.map((doc) => [doc.id, doc.title])) };
}
