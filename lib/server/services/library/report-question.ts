import "server-only";
import { AppError } from "@/lib/domain/errors/app-error";
import type { ReportQuestionInput } from "@/lib/domain/library/inputs";
import { db } from "@/lib/server/db";
import { documentsVisibleTo } from "./document-visibility";

/**
 * A learner reports a problem with a question they can see. One open report per learner and question: a
 * second report replaces the first's reason and comment rather than piling up.
 */
export async function reportQuestion(userId: string, input: ReportQuestionInput, now: Date): Promise<{ reportId: string }> {
  const question = await db.question.findFirst({
    where: { id: input.questionId, retiredAt: null, hiddenAt: null, document: documentsVisibleTo(userId) },
    select: { id: true },
  });
  if (!question) throw new AppError("question-not-found");
  const open = await db.questionReport.findFirst({
    where: { questionId: input.questionId, reporterId: userId, resolvedAt: null },
    select: { id: true },
  });
  const data = { reason: input.reason, comment: input.comment, createdAt: now };
  const row = open
    ? await db.questionReport.update({ where: { id: open.id }, data, select: { id: true } })
    : await db.questionReport.create({ data: { ...data, questionId: input.questionId, reporterId: userId }, select: { id: true } });
  return { reportId: row.id };
}
