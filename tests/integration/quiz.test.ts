import { migrateTempDatabase, removeTempDatabase } from "../support/temp-database";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/quiz/attempts/[attemptId]/answers/route";
import type { Question } from "@/lib/domain/generation/question-types";
import { AnswerConflictError, AnswerValidationError } from "@/lib/domain/scoring";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { addMissedToFlashcards } from "@/lib/server/services/quiz/add-missed-to-flashcards";
import { getAttemptResults } from "@/lib/server/services/quiz/attempt-results";
import { finishAttempt } from "@/lib/server/services/quiz/finish-attempt";
import { findUnfinishedAttempt, getAttempt } from "@/lib/server/services/quiz/get-attempt";
import { QuizError } from "@/lib/domain/quiz/quiz-error";
import { startAttempt } from "@/lib/server/services/quiz/start-attempt";
import { submitAnswer } from "@/lib/server/services/quiz/submit-answer";
import { insertTestQuestions, unrelatedSampleQuestions } from "../support/insert-test-content";

const ALL_KINDS = ["year-choice", "true-false", "number-cloze", "who-what", "chronology"] as const;
const questions = new Map<string, Question>(unrelatedSampleQuestions().map((q) => [q.id, q]));
const T0 = new Date("2024-05-01T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function rightAnswer(id: string): string | string[] {
  const answer = questions.get(id)!.answer;
  return Array.isArray(answer) ? [...answer] : answer;
}
function wrongAnswer(id: string): string | string[] {
  const q = questions.get(id)!;
  if (Array.isArray(q.answer)) return [...q.answer].reverse();
  if (q.kind === "true-false") return q.answer === "True" ? "False" : "True";
  return q.choices!.find((c) => c !== q.answer)!;
}

let ana: string;
let ben: string;

async function createUser(email: string): Promise<string> {
  return (await db.user.create({ data: { name: email, email }, select: { id: true } })).id;
}

async function quizCode(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof QuizError) return error.code;
    throw error;
  }
  return "no error";
}

beforeAll(async () => {
  await migrateTempDatabase();
  await insertTestQuestions(db, unrelatedSampleQuestions());
  ana = await createUser("ana@example.com");
  ben = await createUser("ben@example.com");
});

afterAll(async () => {
  await db.$disconnect();
  removeTempDatabase();
});

describe("starting a quiz", () => {
  it("fixes a shuffled selection on the attempt and says when the bank is short", async () => {
    const started = await startAttempt(ana, { scope: "mixed", count: 10, kinds: [...ALL_KINDS] }, T0);
    expect(started).toMatchObject({ total: 5, requested: 10, short: true });
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(row).toMatchObject({ userId: ana, scope: "mixed", startedAt: T0, finishedAt: null });
    const rows = await db.quizAttemptQuestion.findMany({ where: { attemptId: started.attemptId }, orderBy: { position: "asc" } });
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3, 4]);
    expect(rows.map((r) => r.questionId).sort()).toEqual([...questions.keys()].sort());
  });

  it("filters by kinds and scope, and refuses a quiz with no questions", async () => {
    const started = await startAttempt(ana, { scope: "timeline", count: 5, kinds: ["true-false", "chronology"] }, T0);
    const state = await getAttempt(ana, started.attemptId);
    expect(state.questionIds.sort()).toEqual(["q-order-1", "q-tf-1873"]);
    expect(await quizCode(() => startAttempt(ana, { scope: "lesson:no-such-doc", count: 5, kinds: [...ALL_KINDS] }))).toBe(
      "no-questions",
    );
  });
});

describe("answering", () => {
  let attemptId: string;
  let order: string[];

  beforeAll(async () => {
    attemptId = (await startAttempt(ana, { scope: "mixed", count: 5, kinds: [...ALL_KINDS] }, T0)).attemptId;
    order = (await getAttempt(ana, attemptId)).questionIds;
  });

  it("grades at once and saves the answer with its timing", async () => {
    const first = order[0]!;
    const result = await submitAnswer(ana, { attemptId, questionId: first, response: rightAnswer(first) }, at(12));
    expect(result).toMatchObject({ correct: true, score: 1, answered: 1, total: 5, finished: false, duplicate: false });
    expect(result.quote).toBe(questions.get(first)!.source.quote);
    expect(result.lessonHref).toBe(`/lessons/sample-doc#${questions.get(first)!.source.sentenceId}`);
    const row = await db.quizAnswer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: first } } });
    expect(row).toMatchObject({ correct: true, score: 1, timeMs: 12_000, answeredAt: at(12) });
    expect(JSON.parse(row.responseJson)).toEqual(rightAnswer(first));

    const second = order[1]!;
    const wrong = await submitAnswer(ana, { attemptId, questionId: second, response: wrongAnswer(second) }, at(20));
    expect(wrong).toMatchObject({ correct: false, answered: 2 });
    expect(wrong.expected).toEqual(rightAnswer(second));
    const secondRow = await db.quizAnswer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: second } } });
    expect(secondRow.timeMs).toBe(8_000); // since the previous answer, not since the start
  });

  it("records the same answer submitted twice only once", async () => {
    const first = order[0]!;
    const again = await submitAnswer(ana, { attemptId, questionId: first, response: rightAnswer(first) }, at(30));
    expect(again).toMatchObject({ correct: true, duplicate: true, answered: 2 });
    expect(await db.quizAnswer.count({ where: { attemptId, questionId: first } })).toBe(1);
    const row = await db.quizAnswer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: first } } });
    expect(row.answeredAt).toEqual(at(12));
  });

  it("records concurrent identical submissions once (double click)", async () => {
    const third = order[2]!;
    const results = await Promise.all(
      [0, 1, 2].map(() => submitAnswer(ana, { attemptId, questionId: third, response: wrongAnswer(third) }, at(40))),
    );
    expect(await db.quizAnswer.count({ where: { attemptId, questionId: third } })).toBe(1);
    expect(results.every((r) => r.correct === false)).toBe(true);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
  });

  it("rejects a different second answer and keeps the first", async () => {
    const second = order[1]!;
    await expect(submitAnswer(ana, { attemptId, questionId: second, response: rightAnswer(second) }, at(50))).rejects.toBeInstanceOf(
      AnswerConflictError,
    );
    const row = await db.quizAnswer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: second } } });
    expect(row.correct).toBe(false);
    expect(JSON.parse(row.responseJson)).toEqual(wrongAnswer(second));
  });

  it("refuses ungradable responses without recording them", async () => {
    const id = order[3]!;
    const bad = Array.isArray(questions.get(id)!.answer) ? "just one" : ["a", "list"];
    await expect(submitAnswer(ana, { attemptId, questionId: id, response: bad }, at(55))).rejects.toBeInstanceOf(AnswerValidationError);
    expect(await db.quizAnswer.count({ where: { attemptId, questionId: id } })).toBe(0);
  });

  it("resumes at the first unanswered question", async () => {
    const state = await getAttempt(ana, attemptId);
    expect(state.answeredCount).toBe(3);
    expect(state.current?.index).toBe(3);
    expect(state.current?.question.id).toBe(order[3]);
    expect(await findUnfinishedAttempt(ana)).toMatchObject({ id: attemptId, answeredCount: 3, total: 5 });
  });

  it("does not let another user answer or view the attempt", async () => {
    const id = order[3]!;
    expect(await quizCode(() => submitAnswer(ben, { attemptId, questionId: id, response: rightAnswer(id) }))).toBe("not-your-attempt");
    expect(await quizCode(() => getAttempt(ben, attemptId))).toBe("not-your-attempt");
    expect(await quizCode(() => finishAttempt(ben, attemptId))).toBe("not-your-attempt");
    expect(await quizCode(() => addMissedToFlashcards(ben, attemptId))).toBe("not-your-attempt");
    expect(await db.quizAnswer.count({ where: { attemptId, questionId: id } })).toBe(0);
    expect(await quizCode(() => getAttempt(ana, "no-such-attempt"))).toBe("attempt-not-found");
  });

  it("refuses a question that is not in the attempt", async () => {
    const narrow = await startAttempt(ana, { scope: "mixed", count: 5, kinds: ["true-false"] }, T0);
    expect(await quizCode(() => submitAnswer(ana, { attemptId: narrow.attemptId, questionId: "q-year-1899", response: "1899" }))).toBe(
      "question-not-in-attempt",
    );
    expect(await db.quizAnswer.count({ where: { attemptId: narrow.attemptId } })).toBe(0);
  });

  it("finishes when the last question is answered; later new answers are refused, retries are not", async () => {
    await submitAnswer(ana, { attemptId, questionId: order[3]!, response: rightAnswer(order[3]!) }, at(60));
    const last = await submitAnswer(ana, { attemptId, questionId: order[4]!, response: rightAnswer(order[4]!) }, at(70));
    expect(last).toMatchObject({ answered: 5, total: 5, finished: true });
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.finishedAt).toEqual(at(70));
    const retry = await submitAnswer(ana, { attemptId, questionId: order[4]!, response: rightAnswer(order[4]!) }, at(80));
    expect(retry).toMatchObject({ duplicate: true, finished: true });
    const state = await getAttempt(ana, attemptId);
    expect(state).toMatchObject({ finished: true, current: null });
    const results = await getAttemptResults(state);
    expect(results.summary).toMatchObject({ correctCount: 3, total: 5 });
    expect(results.missed.map((m) => m.question.id)).toEqual([order[1], order[2]]);
    expect(results.activeTimeMs).toBe(12_000 + 8_000 + 20_000 + 20_000 + 10_000);
  });

  it("adds missed questions to flashcards once", async () => {
    expect(await addMissedToFlashcards(ana, attemptId, at(90))).toEqual({ added: 2, missed: 2 });
    expect(await addMissedToFlashcards(ana, attemptId, at(95))).toEqual({ added: 0, missed: 2 });
    const cards = await db.card.findMany({ where: { userId: ana }, select: { questionId: true } });
    expect(cards.map((c) => c.questionId).sort()).toEqual([order[1], order[2]].sort());
  });
});

describe("finishing early", () => {
  it("finish now counts unanswered questions as missed; adding missed needs a finished attempt", async () => {
    const { attemptId } = await startAttempt(ben, { scope: "mixed", count: 5, kinds: [...ALL_KINDS] }, T0);
    const order = (await getAttempt(ben, attemptId)).questionIds;
    await submitAnswer(ben, { attemptId, questionId: order[0]!, response: rightAnswer(order[0]!) }, at(5));
    expect(await quizCode(() => addMissedToFlashcards(ben, attemptId))).toBe("attempt-not-finished");
    expect(await finishAttempt(ben, attemptId, at(9))).toEqual({ finishedAt: at(9) });
    expect(await finishAttempt(ben, attemptId, at(99))).toEqual({ finishedAt: at(9) });
    expect(await quizCode(() => submitAnswer(ben, { attemptId, questionId: order[1]!, response: rightAnswer(order[1]!) }))).toBe(
      "attempt-finished",
    );
    const results = await getAttemptResults(await getAttempt(ben, attemptId));
    expect(results.summary).toMatchObject({ correctCount: 1, total: 5, score: 0.2 });
    expect(results.missed).toHaveLength(4);
    expect(results.missed.every((m) => m.answer === null)).toBe(true);
    expect(await findUnfinishedAttempt(ben)).toBeNull();
  });
});

describe("POST /api/quiz/attempts/:attemptId/answers", () => {
  const call = (attemptId: string, body: string, headers: Record<string, string> = {}) =>
    POST(
      new Request(`http://localhost/api/quiz/attempts/${attemptId}/answers`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      }),
      { params: Promise.resolve({ attemptId }) },
    );
  // A real next-auth session cookie, encoded with the app's secret as sign-in would issue it.
  const sessionCookie = async (userId: string) =>
    `next-auth.session-token=${await encode({ token: { sub: userId, role: "student", sessionVersion: 0 }, secret: env.authSecret })}`;

  it("answers 401 JSON when signed out or the session cookie is forged", async () => {
    const response = await call("any", JSON.stringify({ questionId: "q-year-1899", response: "1899" }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: "Sign in to answer." } });
    const forged = await call("any", "{}", { cookie: "next-auth.session-token=not-a-token" });
    expect(forged.status).toBe(401);
  });

  it("answers 400 JSON for bad bodies and records nothing", async () => {
    const { attemptId } = await startAttempt(ana, { scope: "mixed", count: 5, kinds: [...ALL_KINDS] }, T0);
    const cookie = await sessionCookie(ana);
    for (const body of ["not json", "{}", JSON.stringify({ questionId: "q-year-1899" }), JSON.stringify({ questionId: 3, response: "1899" })]) {
      const response = await call(attemptId, body, { cookie });
      expect(response.status, body).toBe(400);
      const json = (await response.json()) as { error: { code: string; message: string } };
      expect(json.error.code).toMatch(/^invalid-/);
      expect(JSON.stringify(json)).not.toMatch(/at .*\.ts/);
    }
    const textPlain = await call(attemptId, JSON.stringify({ questionId: "q-year-1899", response: "1899" }), {
      cookie,
      "content-type": "text/plain",
    });
    // Only exactly application/json is read: a CORS-simple body from another site never reaches the grader.
    expect(textPlain.status).toBe(415);
    const ungradable = await call(attemptId, JSON.stringify({ questionId: "q-year-1899", response: "1900" }), { cookie });
    expect(ungradable.status).toBe(400);
    expect(((await ungradable.json()) as { error: { code: string } }).error.code).toBe("unknown-choice");
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(0);
  });

  it("grades through the route and maps ownership, missing and conflict errors", async () => {
    const { attemptId } = await startAttempt(ana, { scope: "mixed", count: 5, kinds: [...ALL_KINDS] }, T0);
    const cookie = await sessionCookie(ana);
    const ok = await call(attemptId, JSON.stringify({ questionId: "q-year-1899", response: "1899", clientSubmissionId: "c1" }), { cookie });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      correct: true,
      score: 1,
      expected: "1899",
      quote: questions.get("q-year-1899")!.source.quote,
      lessonHref: "/lessons/sample-doc#sample-doc.s1",
      answered: 1,
      total: 5,
      finished: false,
    });
    const conflict = await call(attemptId, JSON.stringify({ questionId: "q-year-1899", response: "1873" }), { cookie });
    expect(conflict.status).toBe(409);
    const notYours = await call(attemptId, JSON.stringify({ questionId: "q-tf-1873", response: "True" }), {
      cookie: await sessionCookie(ben),
    });
    expect(notYours.status).toBe(403);
    const missing = await call("no-such-attempt", JSON.stringify({ questionId: "q-tf-1873", response: "True" }), { cookie });
    expect(missing.status).toBe(404);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
  });
});
