// The answer path on PostgreSQL: its one raw read (counts are bigints, times are timestamps there) and its write
// transaction give the same results as on SQLite. The app's `db` is imported only once DATABASE_URL names the server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Question } from "@/lib/domain/generation/question-types";
import { applyMigrations } from "@/scripts/db/migrate";
import { type ThrowawayPostgres, startPostgres } from "../support/postgres";
import { insertTestQuestions, unrelatedSampleQuestions } from "../support/insert-test-content";

const questions = new Map<string, Question>(unrelatedSampleQuestions().map((q) => [q.id, q]));
const KINDS = ["year-choice", "true-false", "number-cloze", "who-what", "chronology"] as const;
const rightAnswer = (id: string) => questions.get(id)!.answer;

let server: ThrowawayPostgres;
let app: {
  db: typeof import("@/lib/server/db").db;
  startAttempt: typeof import("@/lib/server/services/quiz/start-attempt").startAttempt;
  getAttempt: typeof import("@/lib/server/services/quiz/get-attempt").getAttempt;
  submitAnswer: typeof import("@/lib/server/services/quiz/submit-answer").submitAnswer;
};
let userId: string;

beforeAll(async () => {
  server = await startPostgres();
  const url = server.url.replace(/\/postgres$/, "/quiz_test");
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  const [{ db }, { startAttempt }, { getAttempt }, { submitAnswer }] = await Promise.all([
    import("@/lib/server/db"),
    import("@/lib/server/services/quiz/start-attempt"),
    import("@/lib/server/services/quiz/get-attempt"),
    import("@/lib/server/services/quiz/submit-answer"),
  ]);
  app = { db, startAttempt, getAttempt, submitAnswer };
  await insertTestQuestions(db, unrelatedSampleQuestions());
  userId = (await db.user.create({ data: { name: "Ana", email: "ana@example.com" } })).id;
}, 120_000);

afterAll(async () => {
  await app?.db.$disconnect();
  await server?.stop();
});

describe("answering on PostgreSQL", () => {
  it("grades, times, counts progress, returns a retry as the stored answer and finishes with the last answer", async () => {
    const { attemptId } = await app.startAttempt(userId, { scope: "mixed", count: 5, kinds: [...KINDS] });
    const order = (await app.getAttempt(userId, attemptId)).questionIds;
    const start = Date.now();
    const at = (seconds: number) => new Date(start + seconds * 1000);
    const first = await app.submitAnswer(userId, { attemptId, questionId: order[0]!, response: rightAnswer(order[0]!) }, at(10), { version: 0 });
    expect(first).toMatchObject({ correct: true, answered: 1, total: 5, finished: false, duplicate: false });
    const again = await app.submitAnswer(userId, { attemptId, questionId: order[0]!, response: rightAnswer(order[0]!) }, at(12), { version: 0 });
    expect(again).toMatchObject({ duplicate: true, answered: 1 });
    await app.submitAnswer(userId, { attemptId, questionId: order[1]!, response: rightAnswer(order[1]!) }, at(18), { version: 0 });
    const row = await app.db.quizAnswer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: order[1]! } } });
    expect(row.timeMs).toBe(8_000);
    const rest = await Promise.all(
      order.slice(2).map((questionId) => app.submitAnswer(userId, { attemptId, questionId, response: rightAnswer(questionId) }, at(30), { version: 0 })),
    );
    expect(rest.some((result) => result.finished)).toBe(true);
    expect((await app.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).finishedAt).toBeInstanceOf(Date);
  });

  it("refuses a session whose version the user row no longer has", async () => {
    const { attemptId } = await app.startAttempt(userId, { scope: "mixed", count: 5, kinds: [...KINDS] });
    const [questionId] = (await app.getAttempt(userId, attemptId)).questionIds;
    await expect(app.submitAnswer(userId, { attemptId, questionId: questionId!, response: rightAnswer(questionId!) }, new Date(), { version: 1 })).rejects.toMatchObject({
      code: "unauthenticated",
    });
    expect(await app.db.quizAnswer.count({ where: { attemptId } })).toBe(0);
  });
});
