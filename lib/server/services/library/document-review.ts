import "server-only";
import { z } from "zod";
import { toQuestionPreview } from "@/lib/domain/assignments/question-preview";
import type { DocumentEditView, DocumentReviewView } from "@/lib/domain/library/views";
import { db } from "@/lib/server/db";
import { toQuestion } from "@/lib/server/services/question-bank";
import { loadOwnedDocument } from "./owned-document";
import { REPORT_SELECT, reportView } from "./report-queue";

const lastEditSchema = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  kept: z.array(z.string()),
  editedAt: z.string(),
});

async function lastEditView(json: string | null): Promise<DocumentEditView | null> {
  const parsed = json ? lastEditSchema.safeParse(JSON.parse(json)) : null;
  if (!parsed?.success) return null;
  const { added, removed, kept, editedAt } = parsed.data;
  const rows = await db.question.findMany({ where: { id: { in: [...added, ...removed] } }, select: { id: true, payloadJson: true } });
  const prompt = new Map(rows.map((row) => [row.id, toQuestion(row).prompt]));
  const named = (ids: string[]) => ids.map((id) => ({ id, prompt: prompt.get(id) ?? id }));
  return { added: named(added), removed: named(removed), keptCount: kept.length, editedAt };
}

/** Everything the review page shows: the document, every live question (hidden ones too) with its source and reports. */
export async function loadDocumentReview(teacherId: string, documentId: string): Promise<DocumentReviewView> {
  await loadOwnedDocument(teacherId, documentId);
  const [doc, questions, classes] = await Promise.all([
    db.contentDocument.findUniqueOrThrow({
      where: { id: documentId },
      select: {
        id: true, title: true, kind: true, publisher: true, date: true, sourceText: true, sourceFormat: true, lastEditJson: true,
        publications: { select: { classId: true } },
      },
    }),
    db.question.findMany({
      where: { documentId, retiredAt: null },
      select: { id: true, payloadJson: true, hiddenAt: true, reports: { where: { resolvedAt: null }, select: REPORT_SELECT, orderBy: { createdAt: "asc" } } },
      orderBy: { id: "asc" },
    }),
    db.classroom.findMany({ where: { teacherId, archivedAt: null }, select: { id: true, name: true }, orderBy: { createdAt: "asc" } }),
  ]);
  const published = new Set(doc.publications.map((p) => p.classId));
  // Roughly in reading order: where the source sentence starts in the text (markup may hide it: then last).
  const text = doc.sourceText ?? "";
  const place = (quote: string) => {
    const at = text.indexOf(quote.slice(0, 40));
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const ordered = questions
    .map((row) => ({ row, question: toQuestion(row) }))
    .map((entry) => ({ ...entry, at: place(entry.question.source.quote) }))
    .sort((a, b) => a.at - b.at || a.row.id.localeCompare(b.row.id));
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    publisher: doc.publisher,
    date: doc.date,
    sourceText: doc.sourceText ?? "",
    sourceFormat: doc.sourceFormat === "txt" ? "txt" : "md",
    questions: ordered.map(({ row, question }) => ({
      ...toQuestionPreview(question),
      hidden: row.hiddenAt !== null,
      openReports: row.reports.map(reportView),
    })),
    classes: classes.map((c) => ({ classId: c.id, name: c.name, published: published.has(c.id) })),
    lastEdit: await lastEditView(doc.lastEditJson),
  };
}
