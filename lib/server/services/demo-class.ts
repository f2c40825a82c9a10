import "server-only";
import { randomBytes } from "node:crypto";
import { generateJoinCode } from "@/lib/domain/classes/join-code";
import { questionSchema } from "@/lib/domain/generation/question-schema";
import type { Question } from "@/lib/domain/generation/question-types";
import { seededRng } from "@/lib/domain/generation/prng";
import { gradeAnswer } from "@/lib/domain/scoring";
import type { DatabaseClient } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password-hash";
import { parseJsonColumn } from "@/lib/server/json-column";

// The quick start's demo class: the demo teacher's class with the demo student and four classmates, one finished
// and one open assignment with real, graded answers, so a newcomer sees results at once.

const CLASSMATES = [
  { email: "kenji@example.com", name: "Kenji Classmate" },
  { email: "lucia@example.com", name: "Lucía Classmate" },
  { email: "mateo@example.com", name: "Mateo Classmate" },
  { email: "yuki@example.com", name: "Yuki Classmate" },
];
const DAY = 24 * 3_600_000;
const QUESTIONS_PER_ASSIGNMENT = 5;

function rightAnswer(q: Question): string | string[] {
  return Array.isArray(q.answer) ? [...q.answer] : q.answer;
}
function wrongAnswer(q: Question): string | string[] {
  if (Array.isArray(q.answer)) return [...q.answer].reverse();
  return q.choices?.find((c) => c !== q.answer) ?? "0";
}

/** Creates the demo class once (when the demo teacher has no class yet); returns whether it did. */
export async function ensureDemoClass(db: DatabaseClient, password: string, now: Date = new Date()): Promise<boolean> {
  const teacher = await db.user.findUnique({ where: { email: "teacher@example.com" }, select: { id: true, classesTaught: { take: 1, select: { id: true } } } });
  const demoStudent = await db.user.findUnique({ where: { email: "student@example.com" }, select: { id: true } });
  if (!teacher || !demoStudent || teacher.classesTaught.length > 0) return false;
  const rows = await db.question.findMany({
    where: { retiredAt: null, document: { ownerId: null }, kind: { in: ["year-choice", "true-false", "event-for-date"] } },
    orderBy: { id: "asc" },
    take: QUESTIONS_PER_ASSIGNMENT * 2,
    select: { payloadJson: true },
  });
  const questions = rows.map((r) => parseJsonColumn(questionSchema, r.payloadJson));
  if (questions.length < QUESTIONS_PER_ASSIGNMENT * 2) return false;

  const passwordHash = await hashPassword(password);
  const students = [demoStudent.id];
  for (const mate of CLASSMATES) {
    const user = await db.user.upsert({ where: { email: mate.email }, create: { ...mate, role: "student", passwordHash }, update: {}, select: { id: true } });
    students.push(user.id);
  }
  const classroom = await db.classroom.create({
    data: {
      teacherId: teacher.id,
      name: "Japan–Peru history",
      section: "Demo class",
      joinCode: generateJoinCode((n) => randomBytes(n)),
      memberships: { create: students.map((studentId) => ({ studentId, joinedAt: new Date(now.getTime() - 14 * DAY) })) },
    },
    select: { id: true },
  });

  const plans = [
    { title: "Migration and treaties", dueAt: new Date(now.getTime() - 3 * DAY), set: questions.slice(0, QUESTIONS_PER_ASSIGNMENT), takers: students.length },
    { title: "Modern relations", dueAt: new Date(now.getTime() + 5 * DAY), set: questions.slice(QUESTIONS_PER_ASSIGNMENT), takers: 2 },
  ];
  const rng = seededRng("demo-class");
  for (const plan of plans) {
    const assignment = await db.assignment.create({
      data: {
        classId: classroom.id,
        title: plan.title,
        status: "published",
        publishedAt: new Date(plan.dueAt.getTime() - 7 * DAY),
        dueAt: plan.dueAt,
        lateUntil: new Date(plan.dueAt.getTime() + 2 * DAY),
        specJson: JSON.stringify({ mode: "pick", questionIds: plan.set.map((q) => q.id) }),
        questions: { create: plan.set.map((q, position) => ({ questionId: q.id, position })) },
      },
      select: { id: true },
    });
    // Each taker answers every question, most of them rightly; the last finished taker hands in late.
    for (const [i, studentId] of students.slice(0, plan.takers).entries()) {
      const late = plan.takers === students.length && i === plan.takers - 1;
      const startedAt = new Date(plan.dueAt.getTime() + (late ? DAY : -2 * DAY) - i * 3_600_000);
      const answers = plan.set.map((q, position) => {
        const response = rng() < 0.7 ? rightAnswer(q) : wrongAnswer(q);
        const grade = gradeAnswer(q, response);
        return {
          questionId: q.id,
          responseJson: JSON.stringify(response),
          correct: grade.correct,
          score: grade.score,
          timeMs: 9_000 + position * 1_000,
          answeredAt: new Date(startedAt.getTime() + (position + 1) * 10_000),
        };
      });
      await db.quizAttempt.create({
        data: {
          userId: studentId,
          scope: "assignment",
          assignmentId: assignment.id,
          attemptNumber: 1,
          startedAt,
          finishedAt: new Date(startedAt.getTime() + (plan.set.length + 1) * 10_000),
          questions: { create: plan.set.map((q, position) => ({ questionId: q.id, position })) },
          answers: { create: answers },
        },
        select: { id: true },
      });
    }
  }
  return true;
}
