import { migrateTempDatabase, removeTempDatabase } from "../support/temp-database";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addMissedFromQuiz } from "@/lib/actions/add-missed-from-quiz";
import { finishQuiz } from "@/lib/actions/finish-quiz";
import { startQuiz } from "@/lib/actions/start-quiz";
import { submitQuizAnswer } from "@/lib/actions/submit-quiz-answer";
import { db } from "@/lib/server/db";
import { startAttempt } from "@/lib/server/services/quiz/start-attempt";
import { actAs, formData, redirectOf } from "../support/action-request";
import { insertTestQuestions, unrelatedSampleQuestions } from "../support/insert-test-content";

vi.mock("next/headers", async () => (await import("../support/action-request")).nextHeaders);

const ALL_KINDS = ["year-choice", "true-false", "number-cloze", "who-what", "chronology"];
let ana: string;
let ben: string;

async function newAttempt(userId: string): Promise<string> {
  return (await startAttempt(userId, { scope: "mixed", count: 5, kinds: [...ALL_KINDS] as never })).attemptId;
}
const answerCount = (attemptId: string) => db.quizAnswer.count({ where: { attemptId } });

beforeAll(async () => {
  await migrateTempDatabase();
  await insertTestQuestions(db, unrelatedSampleQuestions());
  ana = (await db.user.create({ data: { name: "Ana", email: "ana@example.com" } })).id;
  ben = (await db.user.create({ data: { name: "Ben", email: "ben@example.com" } })).id;
});

afterAll(async () => {
  await db.$disconnect();
  removeTempDatabase();
});

describe("startQuiz", () => {
  const form = (fields: Record<string, string | string[]>) => startQuiz(null, formData(fields));

  it("sends a signed-out caller to sign in and starts nothing", async () => {
    await actAs(null);
    expect(await redirectOf(() => form({ scope: "mixed", count: "5", kinds: ALL_KINDS }))).toBe("/sign-in?callbackUrl=%2Fquiz");
    expect(await db.quizAttempt.count()).toBe(0);
  });

  it("answers bad choices with field errors, and a scope without questions with a form error", async () => {
    await actAs(ana);
    const bad = await form({ scope: "everything", count: "7", kinds: [] });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { scope: expect.any(Array), count: expect.any(Array), kinds: expect.any(Array) } });
    const empty = await form({ scope: "lesson:no-such-lesson", count: "5", kinds: ALL_KINDS });
    expect(empty).toMatchObject({ ok: false, formError: expect.stringMatching(/^No questions match/) });
    expect(await db.quizAttempt.count()).toBe(0);
  });

  it("starts the caller's own attempt and goes to it", async () => {
    await actAs(ana);
    const target = await redirectOf(() => form({ scope: "mixed", count: "5", kinds: ALL_KINDS }));
    const attempt = await db.quizAttempt.findFirstOrThrow({ where: { userId: ana } });
    expect(target).toBe(`/quiz/${attempt.id}`);
  });
});

describe("submitQuizAnswer", () => {
  const answer = (fields: Record<string, string | string[]>) => submitQuizAnswer(null, formData(fields));

  it("sends a signed-out caller to sign in and records nothing", async () => {
    const attemptId = await newAttempt(ana);
    await actAs(null);
    expect(await redirectOf(() => answer({ attemptId, questionId: "q-year-1899", response: "1899" }))).toBe(
      `/sign-in?callbackUrl=${encodeURIComponent(`/quiz/${attemptId}`)}`,
    );
    expect(await answerCount(attemptId)).toBe(0);
  });

  it("asks for an answer, refuses an ungradable one, and records neither", async () => {
    const attemptId = await newAttempt(ana);
    await actAs(ana);
    expect(await answer({ attemptId, questionId: "q-year-1899", response: "  " })).toEqual({
      ok: false,
      fieldErrors: { response: ["Choose or type an answer first."] },
    });
    expect(await answer({ attemptId, questionId: "q-year-1899", response: "1900" })).toEqual({
      ok: false,
      fieldErrors: { response: ["The answer is not one of the choices."] },
    });
    expect(await answerCount(attemptId)).toBe(0);
  });

  it("refuses an answer to someone else's attempt", async () => {
    const attemptId = await newAttempt(ana);
    await actAs(ben);
    expect(await answer({ attemptId, questionId: "q-year-1899", response: "1899" })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "This quiz attempt belongs to someone else.",
    });
    expect(await answerCount(attemptId)).toBe(0);
  });

  it("records the caller's answer and shows its feedback", async () => {
    const attemptId = await newAttempt(ana);
    await actAs(ana);
    expect(await redirectOf(() => answer({ attemptId, questionId: "q-year-1899", response: "1899" }))).toBe(
      `/quiz/${attemptId}?answered=q-year-1899`,
    );
    expect(await db.quizAnswer.findFirstOrThrow({ where: { attemptId } })).toMatchObject({ questionId: "q-year-1899", correct: true });
  });
});

describe("finishQuiz", () => {
  it("sends a signed-out caller to sign in and finishes nothing", async () => {
    const attemptId = await newAttempt(ana);
    await actAs(null);
    expect(await redirectOf(() => finishQuiz(formData({ attemptId })))).toMatch(/^\/sign-in\?callbackUrl=/);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).finishedAt).toBeNull();
  });

  it("goes back to the quiz start for a missing id or someone else's attempt, leaving it running", async () => {
    const attemptId = await newAttempt(ana);
    await actAs(ben);
    expect(await redirectOf(() => finishQuiz(formData({})))).toBe("/quiz");
    expect(await redirectOf(() => finishQuiz(formData({ attemptId })))).toBe("/quiz");
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).finishedAt).toBeNull();
  });

  it("finishes the caller's own attempt and shows the results", async () => {
    const attemptId = await newAttempt(ana);
    await actAs(ana);
    expect(await redirectOf(() => finishQuiz(formData({ attemptId })))).toBe(`/quiz/${attemptId}`);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).finishedAt).toBeInstanceOf(Date);
  });
});

describe("addMissedFromQuiz", () => {
  const addMissed = (fields: Record<string, string>) => addMissedFromQuiz(null, formData(fields));
  const cardCount = (userId: string) => db.card.count({ where: { userId } });

  it("sends a signed-out caller to sign in and adds nothing", async () => {
    const attemptId = await newAttempt(ana);
    await actAs(null);
    expect(await redirectOf(() => addMissed({ attemptId }))).toMatch(/^\/sign-in\?callbackUrl=/);
    expect(await cardCount(ana)).toBe(0);
  });

  it("says a missing quiz can't be found and refuses someone else's", async () => {
    const attemptId = await newAttempt(ana);
    await actAs(ana);
    await redirectOf(() => finishQuiz(formData({ attemptId })));
    expect(await addMissed({})).toEqual({ ok: false, fieldErrors: {}, formError: "This quiz can’t be found." });
    await actAs(ben);
    expect(await addMissed({ attemptId })).toEqual({ ok: false, fieldErrors: {}, formError: "This quiz attempt belongs to someone else." });
    expect(await cardCount(ben)).toBe(0);
  });

  it("adds the caller's missed questions once", async () => {
    const attemptId = await newAttempt(ben);
    await actAs(ben);
    await redirectOf(() => finishQuiz(formData({ attemptId })));
    expect(await addMissed({ attemptId })).toEqual({ ok: true, data: { added: 5, missed: 5 } });
    expect(await addMissed({ attemptId })).toEqual({ ok: true, data: { added: 0, missed: 5 } });
    expect(await cardCount(ben)).toBe(5);
  });
});
