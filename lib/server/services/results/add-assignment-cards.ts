import "server-only";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { db } from "@/lib/server/db";
import { getStudentAssignment } from "@/lib/server/services/assignments/student-assignments";
import { ensureCards } from "@/lib/server/services/cards";
import { loadSpacedTargetQuestions } from "./spaced-target-questions";

export interface AddedCards {
  added: number;
  offered: number;
}

/**
 * Flashcards from an assignment: a quiz's missed questions (only once its review rule shows the answers, since a
 * card's back shows them), or a spaced assignment's target questions. Repeating it adds nothing.
 */
export async function addAssignmentCards(studentId: string, assignmentId: string, now: Date): Promise<AddedCards> {
  const [{ view, progress }, extra] = await Promise.all([
    getStudentAssignment(studentId, assignmentId, now),
    db.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { kind: true, targetScope: true, classId: true } }),
  ]);
  let questionIds: string[];
  if (extra.kind === "spaced") {
    questionIds = (await loadSpacedTargetQuestions(extra.targetScope, extra.classId)).questionIds;
  } else {
    const counted = progress.counting;
    if (!counted || !view.answersVisible) throw new ClassError("answers-hidden");
    const [asked, right] = await Promise.all([
      db.assignmentQuestion.findMany({ where: { assignmentId, question: { retiredAt: null } }, select: { questionId: true } }),
      db.quizAnswer.findMany({ where: { attemptId: counted.id, correct: true }, select: { questionId: true } }),
    ]);
    const correct = new Set(right.map((a) => a.questionId));
    questionIds = asked.map((q) => q.questionId).filter((id) => !correct.has(id));
  }
  return { added: await ensureCards(studentId, questionIds, now), offered: questionIds.length };
}
