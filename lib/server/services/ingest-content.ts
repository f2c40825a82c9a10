import "server-only";
import { createHash } from "node:crypto";
import type { Content } from "@/lib/domain/content/build-content";
import { dateSortKey } from "@/lib/domain/document/dates/date-types";
import type { DatedFact } from "@/lib/domain/document/facts/fact-types";
import type { Question } from "@/lib/domain/generation/question-types";
import { db, type DatabaseClient } from "@/lib/server/db";
import { forgetQuestionBank } from "@/lib/server/services/question-bank";

export interface DocumentIngestReport {
  documentId: string;
  title: string;
  questions: number;
  created: number;
  updated: number;
  retired: number;
  facts: number;
}

export interface IngestReport {
  documents: DocumentIngestReport[];
  retiredDocuments: string[];
}

export type Tx = Parameters<Parameters<DatabaseClient["$transaction"]>[0]>[0];

export function hashOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);
}

/**
 * Writes the built content into the database so that running it twice changes nothing, ids of unchanged
 * questions stay (learners' cards and answers stay attached), and rows whose source is gone are retired.
 */
export async function ingestContent(content: Content, now: Date, client: DatabaseClient = db): Promise<IngestReport> {
  const report = await client.$transaction(
    async (tx) => {
      const reports: DocumentIngestReport[] = [];
      for (const [position, lesson] of content.lessons.entries()) {
        const document = content.documents.find((doc) => doc.id === lesson.slug);
        const lessonJson = JSON.stringify(lesson);
        const fields = {
          title: lesson.title,
          kind: lesson.source.kind,
          publisher: lesson.source.publisher,
          date: document?.date ?? null,
          position,
          lessonJson,
          contentHash: hashOf(lessonJson),
          retiredAt: null,
        };
        const existing = await tx.contentDocument.findUnique({
          where: { id: lesson.slug },
          select: { contentHash: true, position: true, retiredAt: true, ownerId: true },
        });
        if (existing?.ownerId) throw new Error(`The seed document ${lesson.slug} has the id of a teacher's document.`);
        if (!existing) {
          await tx.contentDocument.create({ data: { id: lesson.slug, ...fields } });
        } else if (existing.contentHash !== fields.contentHash || existing.position !== position || existing.retiredAt) {
          await tx.contentDocument.update({ where: { id: lesson.slug }, data: fields });
        }
        const facts = content.facts.filter((fact) => fact.documentId === lesson.slug);
        const questions = content.questions.filter((question) => question.source.documentId === lesson.slug);
        const counts = await syncDocumentRows(tx, lesson.slug, facts, questions, now);
        reports.push({ documentId: lesson.slug, title: lesson.title, questions: questions.length, facts: facts.length, ...counts });
      }
      const liveIds = content.lessons.map((lesson) => lesson.slug);
      // Only seed documents come from content/; a teacher's documents are never retired here.
      const gone = await tx.contentDocument.findMany({
        where: { id: { notIn: liveIds }, retiredAt: null, ownerId: null },
        select: { id: true },
      });
      for (const { id } of gone) {
        await tx.contentDocument.update({ where: { id }, data: { retiredAt: now } });
        await tx.question.updateMany({ where: { documentId: id, retiredAt: null }, data: { retiredAt: now } });
        await tx.datedFact.updateMany({ where: { documentId: id, retiredAt: null }, data: { retiredAt: now } });
      }
      return { documents: reports, retiredDocuments: gone.map((doc) => doc.id) };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  // Other processes see the change at their next recheck of the bank; this one at once.
  forgetQuestionBank();
  return report;
}

/** A document's facts and questions as rows: new ones created, changed ones updated, missing ones retired. */
export async function syncDocumentRows(
  tx: Tx,
  documentId: string,
  facts: readonly DatedFact[],
  questions: readonly Question[],
  now: Date,
): Promise<{ created: number; updated: number; retired: number }> {
  await syncRows(tx, "datedFact", documentId, now, facts.map((fact) => ({
    id: fact.id,
    data: { sortKey: String(dateSortKey(fact.date)).padStart(12, "0"), year: fact.date.year, payloadJson: JSON.stringify(fact) },
  })));
  return syncRows(tx, "question", documentId, now, questions.map((question) => ({
    id: question.id,
    data: { kind: question.kind, payloadJson: JSON.stringify(question) },
  })));
}

interface RowInput<Data> {
  id: string;
  data: Data;
}

/** Creates new rows, updates changed ones (same id), retires the document's rows that are no longer produced. */
async function syncRows(
  tx: Tx,
  table: "question" | "datedFact",
  documentId: string,
  now: Date,
  rows: RowInput<Record<string, string | number>>[],
): Promise<{ created: number; updated: number; retired: number }> {
  // Both tables share the columns touched here; the cast spares two copies of the same loop.
  const model = tx[table] as unknown as {
    findMany(args: object): Promise<{ id: string; contentHash: string; retiredAt: Date | null }[]>;
    create(args: object): Promise<unknown>;
    update(args: object): Promise<unknown>;
    updateMany(args: object): Promise<{ count: number }>;
  };
  const existing = await model.findMany({
    where: { documentId },
    select: { id: true, contentHash: true, retiredAt: true },
  });
  const byId = new Map(existing.map((row) => [row.id, row]));
  let created = 0;
  let updated = 0;
  for (const row of rows) {
    const contentHash = hashOf(row.data);
    const current = byId.get(row.id);
    if (!current) {
      await model.create({ data: { id: row.id, documentId, ...row.data, contentHash } });
      created += 1;
    } else if (current.contentHash !== contentHash || current.retiredAt) {
      await model.update({ where: { id: row.id }, data: { ...row.data, contentHash, retiredAt: null } });
      updated += 1;
    }
  }
  const keep = rows.map((row) => row.id);
  const { count: retired } = await model.updateMany({
    where: { documentId, retiredAt: null, id: { notIn: keep } },
    data: { retiredAt: now },
  });
  return { created, updated, retired };
}
