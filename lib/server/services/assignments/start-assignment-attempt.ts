import "server-only";
import { randomUUID } from "node:crypto";
import { canStartAttempt, timeLimitDeadline } from "@/lib/domain/assignments/assignment-clock";
import { questionOrderFor } from "@/lib/domain/assignments/question-spec";
import { ASSIGNMENT_SCOPE } from "@/lib/domain/quiz";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { questionRows } from "@/lib/server/services/quiz/attempt-questions";
import { getStudentAssignment } from "./student-assignments";

/**
 * Starts the student's next attempt, or returns the one still taking answers. The server decides: the assignment
 * must be open (or in its late window), attempts must remain, and the time limit is fixed now.
 */
export async function startAssignmentAttempt(studentId: string, assignmentId: string, now: Date = new Date()): Promise<{ attemptId: string; resumed: boolean }> {
  const { progress, shuffleQuestions } = await getStudentAssignment(studentId, assignmentId, now);
  if (progress.openAttempt) return { attemptId: progress.openAttempt.id, resumed: true };
  const decision = canStartAttempt(progress.rules, progress.attempts.length, now);
  if (!decision.ok) {
    throw new ClassError(decision.reason === "not-open" ? "assignment-not-open" : decision.reason === "closed" ? "assignment-closed" : "no-attempts-left");
  }
  const fixed = await db.assignmentQuestion.findMany({ where: { assignmentId }, orderBy: { position: "asc" }, select: { questionId: true } });
  if (fixed.length === 0) throw new ClassError("not-enough-questions");
  const attemptId = randomUUID();
  const order = questionOrderFor(fixed.map((q) => q.questionId), shuffleQuestions, attemptId);
  // Attempts whose time ran out unseen are closed at their end, so the rows say what the rules already decided.
  const timedOut = progress.attempts.filter((a) => a.finishedAt === null && now > a.endsAt);
  try {
    await db.$transaction([
      ...timedOut.map((a) => db.quizAttempt.updateMany({ where: { id: a.id, finishedAt: null }, data: { finishedAt: a.endsAt } })),
      db.quizAttempt.create({
        data: {
          id: attemptId,
          userId: studentId,
          scope: ASSIGNMENT_SCOPE,
          assignmentId,
          attemptNumber: decision.attemptNumber,
          deadlineAt: timeLimitDeadline(progress.rules, now),
          startedAt: now,
          questions: { create: questionRows(order) },
        },
        select: { id: true },
      }),
    ]);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another tab started this attempt number first: continue in that one.
    const winner = await db.quizAttempt.findFirst({
      where: { assignmentId, userId: studentId, attemptNumber: decision.attemptNumber },
      select: { id: true },
    });
    if (!winner) throw error;
    return { attemptId: winner.id, resumed: true };
  }
  return { attemptId, resumed: false };
}
