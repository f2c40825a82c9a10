import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateTempDatabase, removeTempDatabase } from "../support/temp-database";
import { buildContent } from "@/lib/domain/content/build-content";
import { readContentFiles } from "@/lib/server/content/load-content";
import type { RawFile } from "@/lib/domain/document/types";
import { db } from "@/lib/server/db";
import { ingestContent } from "@/lib/server/services/ingest-content";
import { listActiveQuestions } from "@/lib/server/services/question-bank";
import { documentsVisibleTo } from "@/lib/server/services/library/document-visibility";
import { getLesson, getTimeline, listLessons } from "@/lib/server/services/lessons";

const realFiles = readContentFiles("content");
const monday = new Date("2026-01-05T09:00:00Z");
const tuesday = new Date("2026-01-06T09:00:00Z");

beforeAll(migrateTempDatabase);
afterAll(async () => {
  await db.$disconnect();
  removeTempDatabase();
});

describe("content ingest on a real database", () => {
  it("loads every document, fact and question", async () => {
    const content = buildContent(realFiles);
    const report = await ingestContent(content, monday);
    expect(report.documents).toHaveLength(5);
    expect(report.documents.reduce((sum, doc) => sum + doc.created, 0)).toBe(content.questions.length);
    expect(await db.question.count()).toBe(content.questions.length);
    expect(await db.datedFact.count()).toBe(content.facts.length);
    const lessons = await listLessons(null);
    expect(lessons.map((lesson) => lesson.slug)).toEqual(content.lessons.map((lesson) => lesson.slug));
    expect((await getLesson("japan-peru-relations-encyclopedia", null))?.title).toBe("Japan–Peru relations");
    const { timeline } = await getTimeline(null);
    expect(timeline.events.length).toBe(content.timeline.events.length);
  });

  it("changes nothing when run again on the same content", async () => {
    const before = await db.question.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
    const report = await ingestContent(buildContent(realFiles), tuesday);
    for (const doc of report.documents) expect([doc.created, doc.updated, doc.retired]).toEqual([0, 0, 0]);
    const after = await db.question.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
  });

  it("keeps the ids of unchanged questions when a document is edited, and retires those whose sentence is gone", async () => {
    const encyclopedia = realFiles.find((file) => file.fileName.startsWith("japan-peru-relations-encyclopedia"))!;
    const removed = "In 1992, President Fujimori paid a visit to Japan.";
    expect(encyclopedia.text).toContain(removed);
    const edited: RawFile[] = realFiles.map((file) =>
      file === encyclopedia ? { ...file, text: file.text.replace(removed, "") } : file,
    );
    const beforeIds = new Set((await listActiveQuestions(documentsVisibleTo(null))).map((question) => question.id));
    const editedContent = buildContent(edited);
    await ingestContent(editedContent, tuesday);

    const active = await listActiveQuestions(documentsVisibleTo(null));
    expect(active.some((question) => question.source.quote === removed)).toBe(false);
    const retired = await db.question.findMany({ where: { retiredAt: { not: null } }, select: { payloadJson: true } });
    expect(retired.length).toBeGreaterThan(0);
    const retiredQuestions = retired.map(
      (row) => JSON.parse(row.payloadJson) as { kind: string; source: { quote: string; quotes?: { quote: string }[] } },
    );
    // Only questions built on the removed sentence go. An ordering question lists several sentences: it goes
    // when one of them is gone, and a regrouping may replace another one (their ids follow their events).
    const quoted = (question: (typeof retiredQuestions)[number]) =>
      question.source.quote === removed || (question.source.quotes ?? []).some((entry) => entry.quote === removed);
    expect(retiredQuestions.filter((question) => question.kind !== "chronology").every(quoted)).toBe(true);
    expect(retiredQuestions.filter((question) => question.kind !== "chronology").length).toBeGreaterThanOrEqual(3);
    // A question about another sentence of the same document keeps its id.
    const sakuramaru = active.find((question) => question.kind === "year-choice" && question.source.quote.includes("Sakuramaru"));
    expect(sakuramaru && beforeIds.has(sakuramaru.id)).toBe(true);
    // The other documents are untouched.
    const summit = active.filter((question) => question.source.documentId === "abe-humala-summit-2014");
    expect(summit.length).toBeGreaterThan(0);
    expect(summit.every((question) => beforeIds.has(question.id))).toBe(true);

    // Restoring the sentence brings its questions back under their old ids.
    await ingestContent(buildContent(realFiles), tuesday);
    expect(new Set((await listActiveQuestions(documentsVisibleTo(null))).map((question) => question.id))).toEqual(beforeIds);
  });

  it("retires a document that left the folder, with its questions", async () => {
    const withoutNews = realFiles.filter((file) => !file.fileName.startsWith("strategic-partnership-news"));
    const report = await ingestContent(buildContent(withoutNews), tuesday);
    expect(report.retiredDocuments).toEqual(["strategic-partnership-news"]);
    expect((await listLessons(null)).map((lesson) => lesson.slug)).not.toContain("strategic-partnership-news");
    expect(await listActiveQuestions(documentsVisibleTo(null), { documentId: "strategic-partnership-news" })).toEqual([]);
  });
});
