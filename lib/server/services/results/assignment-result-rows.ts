import "server-only";
import type { ResultsAttempt, ResultsStudent } from "@/lib/domain/results/student-results";
import { db } from "@/lib/server/db";
import { overrideColumns } from "@/lib/server/services/assignments/owned-assignment";

/**
 * The rows results are computed from, in four statements whatever the class size: the class's students (current,
 * and former ones who did the work), their overrides, the attempts, and each attempt's score summed by SQL.
 */
export async function loadResultRows(assignmentId: string, classId: string): Promise<{ students: ResultsStudent[]; attempts: ResultsAttempt[] }> {
  const [memberships, overrides, attemptRows, sums] = await Promise.all([
    db.classMembership.findMany({
      where: { classId },
      select: { studentId: true, endedAt: true, student: { select: { name: true, email: true } } },
    }),
    db.assignmentOverride.findMany({ where: { assignmentId }, select: { studentId: true, ...overrideColumns } }),
    db.quizAttempt.findMany({
      where: { assignmentId },
      select: { id: true, userId: true, attemptNumber: true, startedAt: true, finishedAt: true, deadlineAt: true },
    }),
    db.quizAnswer.groupBy({ by: ["attemptId"], where: { attempt: { assignmentId } }, _sum: { score: true } }),
  ]);
  const overrideOf = new Map(overrides.map(({ studentId, ...o }) => [studentId, o]));
  const sumOf = new Map(sums.map((s) => [s.attemptId, s._sum.score ?? 0]));
  const worked = new Set(attemptRows.map((a) => a.userId));
  const students = memberships
    .filter((m) => m.endedAt === null || worked.has(m.studentId))
    .map((m) => ({
      id: m.studentId,
      name: m.student.name,
      email: m.student.email,
      active: m.endedAt === null,
      override: overrideOf.get(m.studentId) ?? null,
    }));
  const attempts = attemptRows.map((a) => ({
    id: a.id,
    studentId: a.userId,
    attemptNumber: a.attemptNumber ?? 1,
    startedAt: a.startedAt,
    finishedAt: a.finishedAt,
    deadlineAt: a.deadlineAt,
    scoreSum: sumOf.get(a.id) ?? 0,
  }));
  return { students, attempts };
}

