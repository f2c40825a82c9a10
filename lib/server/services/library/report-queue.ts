import "server-only";
import { AppError } from "@/lib/domain/errors/app-error";
import type { ReportReason } from "@/lib/domain/library/choices";
import type { QueuedReportView, ReviewReportView } from "@/lib/domain/library/views";
import { db } from "@/lib/server/db";
import { toQuestion } from "@/lib/server/services/question-bank";

const REPORT_SELECT = {
  id: true,
  reason: true,
  comment: true,
  createdAt: true,
  reporter: { select: { name: true } },
} as const;

type ReportRow = { id: string; reason: string; comment: string | null; createdAt: Date; reporter: { name: string } };

export function reportView(row: ReportRow): ReviewReportView {
  return {
    id: row.id,
    reason: row.reason as ReportReason,
    comment: row.comment,
    reporterName: row.reporter.name,
    createdAt: row.createdAt.toISOString(),
  };
}

export { REPORT_SELECT };

const QUEUE_LIMIT = 200;

/**
 * A teacher's review queue: open reports on their own documents (they may hide the question), and on the
 * seed lessons, which every teacher sees but nobody hides from the app (content/ is fixed at its source).
 */
export async function listReportQueue(teacherId: string): Promise<QueuedReportView[]> {
  const rows = await db.questionReport.findMany({
    where: { resolvedAt: null, question: { retiredAt: null, document: { OR: [{ ownerId: teacherId }, { ownerId: null }] } } },
    select: {
      ...REPORT_SELECT,
      question: { select: { id: true, payloadJson: true, document: { select: { id: true, title: true, ownerId: true } } } },
    },
    orderBy: { createdAt: "desc" },
    take: QUEUE_LIMIT,
  });
  return rows.map((row) => ({
    ...reportView(row),
    questionId: row.question.id,
    prompt: toQuestion(row.question).prompt,
    documentId: row.question.document.id,
    documentTitle: row.question.document.title,
    canHide: row.question.document.ownerId === teacherId,
  }));
}

/** The teacher closes a report on one of their documents without hiding the question. */
export async function dismissReport(teacherId: string, reportId: string, now: Date): Promise<void> {
  const row = await db.questionReport.findUnique({
    where: { id: reportId },
    select: { resolvedAt: true, question: { select: { document: { select: { ownerId: true } } } } },
  });
  if (!row || row.question.document.ownerId !== teacherId) throw new AppError("report-not-found");
  if (!row.resolvedAt) await db.questionReport.update({ where: { id: reportId }, data: { resolvedAt: now } });
}
