import { migrateTempDatabase, removeTempDatabase } from "../support/temp-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Question } from "@/lib/domain/generation/question-types";
import { db } from "@/lib/server/db";
import { findUnfinishedAttempt, getAttempt } from "@/lib/server/services/quiz/get-attempt";
import { startAttempt } from "@/lib/server/services/quiz/start-attempt";
import { submitAnswer } from "@/lib/server/services/quiz/submit-answer";
import { insertTestQuestions, unrelatedSampleQuestions } from "../support/insert-test-content";

const questions = new Map<string, Question>(unrelatedSampleQuestions().map((q) => [q.id, q]));
const KINDS = ["year-choice", "true-false", "number-cloze", "who-what", "chronology"] as const;
const rightAnswer = (id: string) => questions.get(id)!.answer;
let userId: string;

async function newAttempt(): Promise<{ attemptId: string; order: string[] }> {
  const { attemptId } = await startAttempt(userId, { scope: "mixed", count: 5, kinds: [...KINDS] });
  return { attemptId, order: (await getAttempt(userId, attemptId)).questionIds };
}

beforeAll(async () => {
  await migrateTempDatabase();
  await insertTestQuestions(db, unrelatedSampleQuestions());
  userId = (await db.user.create({ data: { name: "Ana", email: "ana@example.com" } })).id;
});

afterAll(async () => {
  await db.$disconnect();
  removeTempDatabase();
});

describe("the answer that completes an attempt", () => {
  it("finishes it in the same write, even when the last two answers arrive together", async () => {
    const { attemptId, order } = await newAttempt();
    for (const questionId of order.slice(0, 3)) await submitAnswer(userId, { attemptId, questionId, response: rightAnswer(questionId) });
    const last = await Promise.all(
      order.slice(3).map((questionId) => submitAnswer(userId, { attemptId, questionId, response: rightAnswer(questionId) })),
    );
    expect(last.some((result) => result.finished)).toBe(true);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).finishedAt).toBeInstanceOf(Date);
    expect(await findUnfinishedAttempt(userId)).toBeNull();
  });

  it("returns the whole result: the answer, what was expected, the source and, for an ordering, the pairs", async () => {
    const { attemptId, order } = await newAttempt();
    const chronology = order.find((id) => questions.get(id)!.kind === "chronology")!;
    const expected = rightAnswer(chronology) as string[];
    const swapped = [expected[1]!, expected[0]!, ...expected.slice(2)];
    const result = await submitAnswer(userId, { attemptId, questionId: chronology, response: swapped });
    const total = (expected.length * (expected.length - 1)) / 2;
    expect(result).toMatchObject({ correct: false, response: swapped, expected, pairs: { inOrder: total - 1, total }, finished: false });
  });
});

describe("clientSubmissionId", () => {
  it("is stored, and a retry with it returns the recorded answer instead of a conflict", async () => {
    const { attemptId, order } = await newAttempt();
    const questionId = order.find((id) => questions.get(id)!.kind === "true-false")!;
    const first = await submitAnswer(userId, { attemptId, questionId, response: "True", clientSubmissionId: "tab-1" });
    const retry = await submitAnswer(userId, { attemptId, questionId, response: "False", clientSubmissionId: "tab-1" });
    expect(retry).toMatchObject({ duplicate: true, response: "True", correct: first.correct });
    const rows = await db.quizAnswer.findMany({ where: { attemptId, questionId } });
    expect(rows.map((row) => row.clientSubmissionId)).toEqual(["tab-1"]);
  });
});
