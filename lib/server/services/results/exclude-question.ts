import "server-only";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { db } from "@/lib/server/db";
import { loadOwnedAssignment } from "@/lib/server/services/assignments/owned-assignment";

/**
 * Drops a question (typically one its statistics flagged) from the class's future assignments; the assignment it
 * came from keeps it, so no student's score changes. Only the class's teacher may; doing it twice changes nothing.
 */
export async function excludeQuestionFromClass(teacherId: string, assignmentId: string, questionId: string, now: Date): Promise<void> {
  const assignment = await loadOwnedAssignment(teacherId, assignmentId);
  const inAssignment = await db.assignmentQuestion.findUnique({
    where: { assignmentId_questionId: { assignmentId, questionId } },
    select: { questionId: true },
  });
  if (!inAssignment) throw new ClassError("question-not-in-assignment");
  await db.classQuestionExclusion.upsert({
    where: { classId_questionId: { classId: assignment.classId, questionId } },
    create: { classId: assignment.classId, questionId, excludedAt: now },
    update: {},
  });
}
