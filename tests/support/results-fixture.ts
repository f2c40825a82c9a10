// A small class with hand-checkable results, written straight as rows (the statistics read rows, whoever wrote them).
import type { DatabaseClient } from "@/lib/server/db";
import { insertTestQuestions, sampleQuestions } from "./insert-test-content";

export const T0 = new Date("2027-03-01T10:00:00Z"); // the quiz's due date
export const NOW = new Date(T0.getTime() + 3 * 24 * 3_600_000);
const minutes = (m: number) => new Date(T0.getTime() + m * 60_000);

export const Q = { year: "q-year-1899", tf: "q-tf-1873", number: "q-number-790", who: "q-who-1959" } as const;
const ORDER = [Q.year, Q.tf, Q.number, Q.who];
const RIGHT: Record<string, string> = { [Q.year]: "1899", [Q.tf]: "True", [Q.number]: "790", [Q.who]: "Prime Minister Nobusuke Kishi" };

export interface ResultsFixture {
  teacherId: string;
  otherTeacherId: string;
  outsiderId: string;
  classId: string;
  quizId: string;
  hiddenQuizId: string;
  spacedId: string;
}

type Answers = Partial<Record<string, string>>; // question → wrong response; absent: right

async function attempt(db: DatabaseClient, assignmentId: string, userId: string, n: number, finishedAtMinutes: number, wrong: Answers) {
  const id = `${assignmentId}-${userId}-${n}`;
  const finishedAt = minutes(finishedAtMinutes);
  await db.quizAttempt.create({
    data: {
      id, userId, assignmentId, attemptNumber: n, scope: "assignment",
      startedAt: new Date(finishedAt.getTime() - 10 * 60_000), finishedAt,
      questions: { create: ORDER.map((questionId, position) => ({ questionId, position })) },
      answers: {
        create: ORDER.map((questionId, i) => {
          const response = wrong[questionId] ?? (RIGHT[questionId] as string);
          const correct = wrong[questionId] === undefined;
          return { questionId, responseJson: JSON.stringify(response), correct, score: correct ? 1 : 0, timeMs: 5_000, answeredAt: new Date(finishedAt.getTime() - (4 - i) * 60_000) };
        }),
      },
    },
  });
}

async function reviewedCard(db: DatabaseClient, userId: string, questionId: string) {
  await db.card.create({
    data: {
      userId, questionId, due: new Date(NOW.getTime() + 90 * 86_400_000), stability: 100, difficulty: 5, elapsedDays: 0,
      scheduledDays: 90, learningSteps: 0, reps: 3, lapses: 0, state: "review", lastReview: NOW,
    },
  });
}

/**
 * Five students: Ana (all right), Ben (two attempts; the first, 50%, counts under "highest"), Cai (25%, after the due
 * date), Dee (75%), Eli (nothing: missing). Facility and discrimination per question are worked out in the tests.
 */
export async function seedResultsFixture(db: DatabaseClient): Promise<ResultsFixture> {
  await insertTestQuestions(db, sampleQuestions());
  const users = [
    ["u-teacher", "Teacher Tanaka", "teacher"], ["u-teacher-2", "Teacher Other", "teacher"], ["u-outsider", "Otto Outsider", "student"],
    ["u-ana", "Ana", "student"], ["u-ben", "Ben", "student"], ["u-cai", "Cai", "student"], ["u-dee", "Dee", "student"], ["u-eli", "Eli", "student"],
  ] as const;
  await db.user.createMany({ data: users.map(([id, name, role]) => ({ id, name, role, email: `${id}@example.com` })) });
  const classId = "class-results";
  await db.classroom.create({ data: { id: classId, teacherId: "u-teacher", name: "Period 3", joinCode: "RSLT2345" } });
  await db.classroom.create({ data: { id: "class-other", teacherId: "u-teacher-2", name: "Other", joinCode: "OTHR2345" } });
  const students = ["u-ana", "u-ben", "u-cai", "u-dee", "u-eli"];
  await db.classMembership.createMany({ data: students.map((studentId) => ({ classId, studentId, joinedAt: minutes(-5000) })) });

  const base = { classId, status: "published", publishedAt: minutes(-3000), dueAt: T0, lateUntil: minutes(2 * 24 * 60), grading: "highest" };
  await db.assignment.create({ data: { id: "quiz", title: "Migration quiz", reviewPolicy: "after-submit", ...base } });
  await db.assignment.create({ data: { id: "hidden", title: "Secret quiz", reviewPolicy: "never", ...base, dueAt: minutes(10 * 24 * 60), lateUntil: null } });
  await db.assignment.create({
    data: { id: "spaced", title: "Keep the early years", kind: "spaced", targetScope: "lesson:sample-doc", targetRecall: 0.85, ...base, dueAt: minutes(10 * 24 * 60), lateUntil: null },
  });
  for (const assignmentId of ["quiz", "hidden"]) {
    await db.assignmentQuestion.createMany({ data: ORDER.map((questionId, position) => ({ assignmentId, questionId, position })) });
  }

  await attempt(db, "quiz", "u-ana", 1, -300, {});
  await attempt(db, "quiz", "u-ben", 1, -240, { [Q.number]: "590", [Q.who]: "Prime Minister Tarō Asō" });
  await attempt(db, "quiz", "u-ben", 2, -180, { [Q.tf]: "False", [Q.number]: "990", [Q.who]: "Prime Minister Zenkō Suzuki" });
  await attempt(db, "quiz", "u-cai", 1, 60, { [Q.tf]: "False", [Q.number]: "590", [Q.who]: "Prime Minister Shinzō Abe" });
  await attempt(db, "quiz", "u-dee", 1, -120, { [Q.who]: "Prime Minister Tarō Asō" });
  await attempt(db, "hidden", "u-ben", 1, 30, { [Q.year]: "1873" });

  for (const q of sampleQuestions()) await reviewedCard(db, "u-ana", q.id);
  await reviewedCard(db, "u-ben", Q.year);
  await reviewedCard(db, "u-ben", Q.tf);
  return { teacherId: "u-teacher", otherTeacherId: "u-teacher-2", outsiderId: "u-outsider", classId, quizId: "quiz", hiddenQuizId: "hidden", spacedId: "spaced" };
}
