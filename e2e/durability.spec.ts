import { createClient } from "@libsql/client";
import { answerContinuously, answerKey, firstAcknowledgedAfter, waitForHealthy, type PlannedAnswer } from "../scripts/durability/answer-clients";
import { holdWriteLock } from "../scripts/durability/hold-write-lock";
import { e2eDatabaseUrl } from "../scripts/e2e/e2e-database";
import { SQLITE_LOCK_WAIT_MS } from "@/lib/sqlite-client";
import { expect, test, uniqueEmail } from "./fixtures";
import { bankQuestion, countAnswers, currentQuestionId, signedInWithoutScript, signUp, startQuiz } from "./support/learner";

// Another process holds SQLite's write lock for longer than the server waits for it, while six learners
// answer through the JSON API. Every answer acknowledged must be stored and every stored one acknowledged;
// the rest are told 503; lessons still load meanwhile; the server takes answers again by itself.
const CLIENTS = 6;
const ANSWERS_PER_CLIENT = 100;
const HOLD_MS = SQLITE_LOCK_WAIT_MS + 1500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Attempts for the learner, each holding ANSWERS_PER_CLIENT active questions, inserted as the app would. */
async function seedAttempts(email: string, cookie: string): Promise<PlannedAnswer[][]> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    const user = await db.execute({ sql: `SELECT id FROM "User" WHERE email = ?`, args: [email] });
    const userId = String(user.rows[0]?.id);
    const questions = await db.execute({ sql: `SELECT id, payloadJson FROM "Question" WHERE retiredAt IS NULL ORDER BY id LIMIT ?`, args: [ANSWERS_PER_CLIENT] });
    const queues: PlannedAnswer[][] = [];
    for (let c = 0; c < CLIENTS; c++) {
      const attemptId = `durability-${Date.now().toString(36)}-${c}`;
      await db.execute({ sql: `INSERT INTO "QuizAttempt" (id, userId, scope, startedAt) VALUES (?, ?, 'mixed', ?)`, args: [attemptId, userId, new Date().toISOString()] });
      const queue = questions.rows.map((row, position) => {
        const answer = (JSON.parse(String(row.payloadJson)) as { answer: string | string[] }).answer;
        return { attemptId, questionId: String(row.id), position, body: JSON.stringify({ questionId: String(row.id), response: answer }), cookie };
      });
      await db.batch(
        queue.map((q) => ({ sql: `INSERT INTO "QuizAttemptQuestion" (attemptId, position, questionId) VALUES (?, ?, ?)`, args: [q.attemptId, q.position, q.questionId] })),
        "write",
      );
      queues.push(queue);
    }
    return queues;
  } finally {
    db.close();
  }
}

async function storedAnswers(attemptIds: string[]): Promise<Set<string>> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    const rows = await db.execute({ sql: `SELECT attemptId, questionId FROM "QuizAnswer" WHERE attemptId IN (${attemptIds.map(() => "?").join(", ")})`, args: attemptIds });
    return new Set(rows.rows.map((row) => answerKey(String(row.attemptId), String(row.questionId))));
  } finally {
    db.close();
  }
}

test("a write lock held longer than the server waits loses no acknowledged answer, and the server recovers by itself", async ({ page, trackUser, baseURL }) => {
  test.setTimeout(120_000);
  const base = baseURL as string;
  const email = trackUser(uniqueEmail("durability"));
  await signUp(page, email, "Durable Learner");
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toBeDefined();
  const queues = await seedAttempts(email, `${session?.name}=${session?.value}`);

  const load = answerContinuously(base, queues, 100);
  await sleep(1000);
  const lock = await holdWriteLock(e2eDatabaseUrl(), HOLD_MS);
  let held = true;
  let lessonsWhileHeld = 0;
  const reader = (async () => {
    while (held) {
      const response = await fetch(`${base}/lessons`);
      if (held && response.ok) lessonsWhileHeld++;
      await sleep(200);
    }
  })();
  await lock.released;
  const releasedAt = Date.now();
  held = false;
  await reader;

  // Recovery: health and answers come back without a restart.
  expect(await waitForHealthy(base, 15_000)).not.toBeNull();
  await expect.poll(() => firstAcknowledgedAfter(load.tally, releasedAt), { timeout: 15_000 }).not.toBeNull();
  const tally = await load.stop();
  const stored = await storedAnswers(queues.map((queue) => queue[0]?.attemptId as string));

  const lost = [...tally.acknowledged].filter((key) => !stored.has(key));
  const unacknowledged = [...stored].filter((key) => !tally.acknowledged.has(key));
  expect(lost).toEqual([]);
  expect(unacknowledged).toEqual([]);
  expect(tally.acknowledged.size).toBeGreaterThan(0);
  // The lock outlasted the wait, so some answers were refused, and each refusal was a clear 503.
  expect(tally.statuses["503"] ?? 0).toBeGreaterThan(0);
  expect(Object.keys(tally.statuses).sort()).toEqual(["200", "503"]);
  for (const error of tally.sampleErrors) expect(error).toContain('"code":"database-unavailable"');
  expect(lessonsWhileHeld).toBeGreaterThan(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an answer posted while the database can't take a write comes back as a page saying so, and posts once it can", async ({ browser, page, trackUser }) => {
    test.setTimeout(120_000);
    await signedInWithoutScript(browser, page, trackUser(uniqueEmail("durability-nojs")));
    const attemptId = await startQuiz(page, { count: 5, onlyKind: "Which year?" });
    const question = await bankQuestion(await currentQuestionId(page));
    await page.getByRole("radio", { name: String(question.answer), exact: true }).check();

    const lock = await holdWriteLock(e2eDatabaseUrl(), HOLD_MS);
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByText("Not saved: the database is busy or unavailable. Try again in a moment.")).toBeVisible();
    expect(await countAnswers(attemptId)).toBe(0);
    await lock.released;

    await page.getByRole("radio", { name: String(question.answer), exact: true }).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByTestId("answer-feedback").getByRole("heading", { level: 2 })).toHaveText("Correct");
    expect(await countAnswers(attemptId)).toBe(1);
  });
});
