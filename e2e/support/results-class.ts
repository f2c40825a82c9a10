// A class with submitted work, written straight into the e2e database so the results pages have something to show.
import { createClient, type InArgs } from "@libsql/client";
import { e2eDatabaseUrl } from "../../scripts/e2e/e2e-database";

const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

async function run(statements: [string, InArgs][]): Promise<void> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    await db.batch(statements.map(([sql, args]) => ({ sql, args })), "write");
  } finally {
    db.close();
  }
}

async function query<T>(sql: string, args: InArgs = []): Promise<T[]> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    return (await db.execute({ sql, args })).rows as unknown as T[];
  } finally {
    db.close();
  }
}

export async function userIdOf(email: string): Promise<string> {
  const [row] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = ?`, [email]);
  if (!row) throw new Error(`No user ${email}`);
  return row.id;
}

export interface SeededQuiz {
  classId: string;
  assignmentId: string;
  questions: { id: string; prompt: string; answer: string; wrong: string }[];
}

/**
 * A class of the teacher's with `students` (name, email): a quiz of three single-answer questions due an hour ago.
 * The first student submitted on time, all right; the second submitted late with the first question wrong.
 */
export async function seedSubmittedQuiz(teacherId: string, students: { name: string; email: string }[], tag: string): Promise<SeededQuiz> {
  const bank = await query<{ id: string; payloadJson: string }>(
    `SELECT id, payloadJson FROM "Question" WHERE retiredAt IS NULL AND kind IN ('year-choice', 'who-what', 'true-false') ORDER BY id LIMIT 3`,
  );
  const questions = bank.map((row) => {
    const q = JSON.parse(row.payloadJson) as { prompt: string; answer: string; choices: string[] };
    return { id: row.id, prompt: q.prompt, answer: q.answer, wrong: q.choices.find((c) => c !== q.answer) as string };
  });
  const now = Date.now();
  const classId = `e2e-class-${tag}`;
  const assignmentId = `e2e-quiz-${tag}`;
  const statements: [string, InArgs][] = [
    [`INSERT INTO "Classroom" (id, teacherId, name, joinCode, joinEnabled, createdAt, updatedAt) VALUES (?, ?, ?, ?, 1, ?, ?)`, [classId, teacherId, `Period ${tag}`, `E2E${tag.toUpperCase().replace(/[^A-Z2-9]/g, "")}`.slice(0, 12), iso(now), iso(now)]],
    [`INSERT INTO "Assignment" (id, classId, title, kind, status, specJson, dueAt, lateUntil, grading, reviewPolicy, publishedAt, createdAt, updatedAt) VALUES (?, ?, 'Migration check', 'quiz', 'published', '{}', ?, ?, 'highest', 'after-submit', ?, ?, ?)`, [assignmentId, classId, iso(now - HOUR), iso(now + 24 * HOUR), iso(now - 48 * HOUR), iso(now), iso(now)]],
    ...questions.map((q, position): [string, InArgs] => [`INSERT INTO "AssignmentQuestion" (assignmentId, position, questionId) VALUES (?, ?, ?)`, [assignmentId, position, q.id]]),
  ];
  for (const [i, student] of students.entries()) {
    const studentId = `e2e-student-${tag}-${i}`;
    statements.push([`INSERT INTO "User" (id, name, email, role, createdAt, updatedAt) VALUES (?, ?, ?, 'student', ?, ?)`, [studentId, student.name, student.email, iso(now), iso(now)]]);
    statements.push([`INSERT INTO "ClassMembership" (id, classId, studentId, joinedAt) VALUES (?, ?, ?, ?)`, [`${studentId}-m`, classId, studentId, iso(now - 72 * HOUR)]]);
    if (i > 1) continue; // the rest have not started
    const finished = i === 0 ? now - 2 * HOUR : now - HOUR / 2;
    const attemptId = `${studentId}-a1`;
    statements.push([`INSERT INTO "QuizAttempt" (id, userId, scope, startedAt, finishedAt, assignmentId, attemptNumber) VALUES (?, ?, 'assignment', ?, ?, ?, 1)`, [attemptId, studentId, iso(finished - 10 * 60_000), iso(finished), assignmentId]]);
    questions.forEach((q, position) => {
      const right = !(i === 1 && position === 0);
      statements.push([`INSERT INTO "QuizAttemptQuestion" (attemptId, position, questionId) VALUES (?, ?, ?)`, [attemptId, position, q.id]]);
      statements.push([
        `INSERT INTO "QuizAnswer" (id, attemptId, questionId, responseJson, correct, score, timeMs, answeredAt) VALUES (?, ?, ?, ?, ?, ?, 5000, ?)`,
        [`${attemptId}-${position}`, attemptId, q.id, JSON.stringify(right ? q.answer : q.wrong), right ? 1 : 0, right ? 1 : 0, iso(finished - (3 - position) * 60_000)],
      ]);
    });
  }
  await run(statements);
  return { classId, assignmentId, questions };
}

/** A spaced assignment in a new class of the teacher's: keep `lessonId` at 85% until next week; the student joins it. */
export async function seedSpacedAssignment(teacherId: string, studentId: string, lessonId: string, tag: string): Promise<{ classId: string; assignmentId: string }> {
  const now = Date.now();
  const classId = `e2e-class-${tag}`;
  const assignmentId = `e2e-spaced-${tag}`;
  await run([
    [`INSERT INTO "Classroom" (id, teacherId, name, joinCode, joinEnabled, createdAt, updatedAt) VALUES (?, ?, ?, ?, 1, ?, ?)`, [classId, teacherId, `Spaced ${tag}`, `SP${tag.toUpperCase().replace(/[^A-Z2-9]/g, "")}`.slice(0, 12), iso(now), iso(now)]],
    [`INSERT INTO "ClassMembership" (id, classId, studentId, joinedAt) VALUES (?, ?, ?, ?)`, [`${classId}-m`, classId, studentId, iso(now)]],
    [`INSERT INTO "Assignment" (id, classId, title, kind, status, specJson, dueAt, grading, reviewPolicy, targetScope, targetRecall, publishedAt, createdAt, updatedAt) VALUES (?, ?, 'Keep the lesson fresh', 'spaced', 'published', '{}', ?, 'highest', 'after-submit', ?, 0.85, ?, ?, ?)`, [assignmentId, classId, iso(now + 7 * 24 * HOUR), `lesson:${lessonId}`, iso(now - HOUR), iso(now), iso(now)]],
  ]);
  return { classId, assignmentId };
}

export async function lessonWithFewQuestions(): Promise<{ id: string; count: number }> {
  const [row] = await query<{ documentId: string; n: number }>(
    `SELECT documentId, COUNT(*) AS n FROM "Question" WHERE retiredAt IS NULL GROUP BY documentId HAVING n >= 2 ORDER BY n ASC, documentId LIMIT 1`,
  );
  if (!row) throw new Error("No lesson with questions");
  return { id: row.documentId, count: Number(row.n) };
}
