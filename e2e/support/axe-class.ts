// A class for the accessibility scan: a submitted quiz (the student's own too), a spaced assignment, a join code.
import { createClient } from "@libsql/client";
import { e2eDatabaseUrl } from "../../scripts/e2e/e2e-database";
import { seedSpacedAssignment, seedSubmittedQuiz } from "./results-class";

export interface AxeClass {
  classId: string;
  assignmentId: string;
  spacedAssignmentId: string;
  joinCode: string;
}

export async function seedAxeClass(
  teacherId: string,
  studentId: string,
  classmates: { name: string; email: string }[],
  lessonId: string,
): Promise<AxeClass> {
  const tag = `axe${Date.now().toString(36)}`;
  const quiz = await seedSubmittedQuiz(teacherId, classmates, tag);
  const spaced = await seedSpacedAssignment(teacherId, studentId, lessonId, `${tag}s`);
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const attemptId = `${tag}-mine`;
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    // The student is in the quiz's class too and handed it in, one answer wrong.
    await db.batch(
      [
        { sql: `INSERT INTO "ClassMembership" (id, classId, studentId, joinedAt) VALUES (?, ?, ?, ?)`, args: [`${attemptId}-m`, quiz.classId, studentId, iso(now - 72 * 3_600_000)] },
        {
          sql: `INSERT INTO "QuizAttempt" (id, userId, scope, startedAt, finishedAt, assignmentId, attemptNumber) VALUES (?, ?, 'assignment', ?, ?, ?, 1)`,
          args: [attemptId, studentId, iso(now - 3 * 3_600_000), iso(now - 2 * 3_600_000), quiz.assignmentId],
        },
        ...quiz.questions.flatMap((q, position) => [
          { sql: `INSERT INTO "QuizAttemptQuestion" (attemptId, position, questionId) VALUES (?, ?, ?)`, args: [attemptId, position, q.id] },
          {
            sql: `INSERT INTO "QuizAnswer" (id, attemptId, questionId, responseJson, correct, score, timeMs, answeredAt) VALUES (?, ?, ?, ?, ?, ?, 4000, ?)`,
            args: [`${attemptId}-${position}`, attemptId, q.id, JSON.stringify(position === 0 ? q.wrong : q.answer), position === 0 ? 0 : 1, position === 0 ? 0 : 1, iso(now - 2 * 3_600_000 - (3 - position) * 60_000)],
          },
        ]),
      ],
      "write",
    );
    const code = await db.execute({ sql: `SELECT joinCode FROM "Classroom" WHERE id = ?`, args: [quiz.classId] });
    return { classId: quiz.classId, assignmentId: quiz.assignmentId, spacedAssignmentId: spaced.assignmentId, joinCode: String(code.rows[0]?.joinCode) };
  } finally {
    db.close();
  }
}
