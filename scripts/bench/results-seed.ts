// A class for the results benchmark: 40 students × 50 questions × 3 finished attempts (6,000 answers), written as rows.
import type { DatabaseClient } from "@/lib/server/db";
import { seededRng } from "@/lib/domain/generation/prng";

export const RESULTS_PLAN = { students: 40, questions: 50, attempts: 3 } as const;
const DAY = 86_400_000;
const CHUNK = 500;

export interface SeededClass {
  teacherId: string;
  classId: string;
  assignmentId: string;
  answers: number;
}

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** Students of graded ability answer questions of graded difficulty, so facility and discrimination vary as in a class. */
export async function seedResultsClass(db: DatabaseClient, now: Date): Promise<SeededClass> {
  const rng = seededRng("bench-results");
  const bank = await db.question.findMany({ where: { retiredAt: null }, select: { id: true, payloadJson: true }, orderBy: { id: "asc" }, take: RESULTS_PLAN.questions });
  if (bank.length < RESULTS_PLAN.questions) throw new Error(`The content has ${bank.length} questions; the bench needs ${RESULTS_PLAN.questions}.`);
  const questions = bank.map((row) => {
    const payload = JSON.parse(row.payloadJson) as { answer: string | string[]; choices?: string[] };
    return { id: row.id, answer: payload.answer, wrong: payload.choices?.find((c) => c !== payload.answer) ?? "I don't know" };
  });
  const teacherId = "bench-teacher";
  const classId = "bench-class";
  const assignmentId = "bench-assignment";
  const students = Array.from({ length: RESULTS_PLAN.students }, (_, i) => ({ id: `bench-student-${String(i).padStart(2, "0")}`, ability: 0.25 + (0.7 * i) / RESULTS_PLAN.students }));
  await db.user.createMany({
    data: [{ id: teacherId, name: "Bench Teacher", email: "bench-teacher@example.com", role: "teacher" }, ...students.map((s, i) => ({ id: s.id, name: `Student ${i + 1}`, email: `${s.id}@example.com`, role: "student" }))],
  });
  await db.classroom.create({ data: { id: classId, teacherId, name: "Bench class", joinCode: "BNCH2345" } });
  await db.classMembership.createMany({ data: students.map((s) => ({ classId, studentId: s.id, joinedAt: new Date(now.getTime() - 30 * DAY) })) });
  const dueAt = new Date(now.getTime() - 2 * DAY);
  await db.assignment.create({
    data: { id: assignmentId, classId, title: "Bench assignment", status: "published", publishedAt: new Date(now.getTime() - 14 * DAY), dueAt, lateUntil: new Date(now.getTime() + DAY), attemptsAllowed: 3 },
  });
  await db.assignmentQuestion.createMany({ data: questions.map((q, position) => ({ assignmentId, questionId: q.id, position })) });

  const attempts: { id: string; userId: string; attemptNumber: number; startedAt: Date; finishedAt: Date }[] = [];
  const attemptQuestions: { attemptId: string; position: number; questionId: string }[] = [];
  const answers: { attemptId: string; questionId: string; responseJson: string; correct: boolean; score: number; timeMs: number; answeredAt: Date }[] = [];
  for (const [i, student] of students.entries()) {
    for (let n = 1; n <= RESULTS_PLAN.attempts; n++) {
      // The last attempt of every fifth student comes after the due date: late work in the table.
      const startedAt = new Date(dueAt.getTime() - (RESULTS_PLAN.attempts - n) * DAY - (i % 5 === 0 && n === 1 ? -DAY / 2 : 2 * 3_600_000));
      const id = `${student.id}-a${n}`;
      attempts.push({ id, userId: student.id, attemptNumber: n, startedAt, finishedAt: new Date(startedAt.getTime() + 20 * 60_000) });
      questions.forEach((q, position) => {
        attemptQuestions.push({ attemptId: id, position, questionId: q.id });
        const correct = rng() < student.ability * (0.6 + (0.8 * position) / RESULTS_PLAN.questions);
        const response = correct ? q.answer : Array.isArray(q.answer) ? [...q.answer].reverse() : q.wrong;
        answers.push({ attemptId: id, questionId: q.id, responseJson: JSON.stringify(response), correct, score: correct ? 1 : 0, timeMs: 5_000 + Math.floor(rng() * 20_000), answeredAt: new Date(startedAt.getTime() + (position + 1) * 20_000) });
      });
    }
  }
  await inChunks(attempts, (chunk) => db.quizAttempt.createMany({ data: chunk.map((a) => ({ ...a, assignmentId, scope: "assignment" })) }));
  await inChunks(attemptQuestions, (chunk) => db.quizAttemptQuestion.createMany({ data: chunk }));
  await inChunks(answers, (chunk) => db.quizAnswer.createMany({ data: chunk }));
  return { teacherId, classId, assignmentId, answers: answers.length };
}
