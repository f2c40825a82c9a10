import "server-only";
import type { StoredAttempt } from "@/lib/domain/assignments/student-progress";
import { db } from "@/lib/server/db";

/** Every attempt at these assignments (optionally by one student), with what scoring needs, grouped by assignment and student. */
export async function loadAssignmentAttempts(
  assignmentIds: string[],
  studentId?: string,
): Promise<Map<string, Map<string, StoredAttempt[]>>> {
  const rows = await db.quizAttempt.findMany({
    where: { assignmentId: { in: assignmentIds }, ...(studentId ? { userId: studentId } : {}) },
    select: {
      id: true,
      userId: true,
      assignmentId: true,
      attemptNumber: true,
      startedAt: true,
      finishedAt: true,
      deadlineAt: true,
      answers: { select: { score: true } },
      _count: { select: { questions: true } },
    },
  });
  const byAssignment = new Map<string, Map<string, StoredAttempt[]>>();
  for (const row of rows) {
    if (!row.assignmentId) continue;
    const byStudent = byAssignment.get(row.assignmentId) ?? new Map<string, StoredAttempt[]>();
    byAssignment.set(row.assignmentId, byStudent);
    const list = byStudent.get(row.userId) ?? [];
    byStudent.set(row.userId, list);
    list.push({
      id: row.id,
      attemptNumber: row.attemptNumber ?? list.length + 1,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
      deadlineAt: row.deadlineAt,
      answerScores: row.answers.map((a) => a.score),
      questionCount: row._count.questions,
    });
  }
  return byAssignment;
}
