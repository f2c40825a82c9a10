import "server-only";
import type { Lesson } from "@/lib/domain/content/build-lesson";
import { storedDatedFactSchema, storedLessonSchema } from "@/lib/domain/content/stored-content-schemas";
import type { LessonSummaryView } from "@/lib/domain/content/views";
import { buildTimeline, type Timeline } from "@/lib/domain/timeline/build-timeline";
import { cache } from "react";
import { db } from "@/lib/server/db";
import { parseJsonColumn } from "@/lib/server/json-column";
import { documentsVisibleTo } from "@/lib/server/services/library/document-visibility";

/** The lessons this reader may see (signed out: null), seed lessons first, then teachers' documents by title. */
export async function listLessons(viewerId: string | null): Promise<LessonSummaryView[]> {
  const rows = await db.contentDocument.findMany({
    where: documentsVisibleTo(viewerId),
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      kind: true,
      publisher: true,
      date: true,
      _count: { select: { facts: { where: { retiredAt: null } }, questions: { where: { retiredAt: null, hiddenAt: null } } } },
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

/** Memoized per request: the page's metadata and its body both need the lesson. Null when missing or not shared with this reader. */
export const getLesson = cache(async (slug: string, viewerId: string | null): Promise<Lesson | null> => {
  const row = await db.contentDocument.findFirst({ where: { id: slug, ...documentsVisibleTo(viewerId) }, select: { lessonJson: true } });
  return row ? parseJsonColumn(storedLessonSchema, row.lessonJson) : null;
});

/** Every active dated fact across the documents this reader may see, merged into one timeline grouped by era. */
export async function getTimeline(viewerId: string | null): Promise<{ timeline: Timeline; titles: Map<string, string> }> {
  const visible = documentsVisibleTo(viewerId);
  const [documents, facts] = await Promise.all([
    db.contentDocument.findMany({ where: visible, orderBy: [{ position: "asc" }, { title: "asc" }], select: { id: true, title: true } }),
    db.datedFact.findMany({ where: { retiredAt: null, document: visible }, orderBy: { sortKey: "asc" }, select: { payloadJson: true } }),
  ]);
  const timeline = buildTimeline(
    facts.map((row) => parseJsonColumn(storedDatedFactSchema, row.payloadJson)),
    { documents },
  );
  return { timeline, titles: new Map(documents.map((doc) => [doc.id, doc.title])) };
}
