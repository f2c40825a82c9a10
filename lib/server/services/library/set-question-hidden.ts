import "server-only";
import { AppError } from "@/lib/domain/errors/app-error";
import { db } from "@/lib/server/db";
import { loadOwnedDocument } from "./owned-document";

/**
 * Hides one of the teacher's questions from every learner (study queues, quiz draws, draft assignments), or
 * restores it. Cards, answers and published assignments keep it: history is never rewritten. Hiding also
 * closes the question's open reports.
 */
export async function setQuestionHidden(
  teacherId: string,
  input: { documentId: string; questionId: string; hidden: boolean },
  now: Date,
): Promise<void> {
  await loadOwnedDocument(teacherId, input.documentId);
  const question = await db.question.findUnique({ where: { id: input.questionId }, select: { documentId: true } });
  if (!question || question.documentId !== input.documentId) throw new AppError("question-not-found");
  await db.$transaction(async (tx) => {
    await tx.question.update({ where: { id: input.questionId }, data: { hiddenAt: input.hidden ? now : null } });
    if (!input.hidden) return;
    await tx.questionReport.updateMany({ where: { questionId: input.questionId, resolvedAt: null }, data: { resolvedAt: now } });
    const drafts = await tx.assignmentQuestion.findMany({
      where: { questionId: input.questionId, assignment: { status: "draft" } },
      select: { assignmentId: true, position: true },
    });
    for (const { assignmentId, position } of drafts) {
      await tx.assignmentQuestion.delete({ where: { assignmentId_position: { assignmentId, position } } });
      // Close the gap so positions stay 0..n-1; ascending, each move lands on the slot just freed.
      const later = await tx.assignmentQuestion.findMany({
        where: { assignmentId, position: { gt: position } },
        select: { position: true },
        orderBy: { position: "asc" },
      });
      for (const row of later) {
        await tx.assignmentQuestion.update({
          where: { assignmentId_position: { assignmentId, position: row.position } },
          data: { position: row.position - 1 },
        });
      }
    }
  });
}
