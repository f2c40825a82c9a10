// Two server processes behind `npm run start:cluster` on one database: content changed behind their backs
// (as an ingest from another process does) is graded and shown by both, within the one-second recheck of the
// question bank and of the signed-out pages each process holds.
import { createClient, type Client } from "@libsql/client";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { expect, test } from "@playwright/test";

const DB_FILE = path.resolve(".data/cluster-e2e.db");
const DB_URL = `file:${DB_FILE}`;
const SECRET = "cluster-e2e-secret-value-for-tests";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** One POST on a fresh connection, so the cluster's round robin hands it to the next worker. */
function post(port: number, pathname: string, cookie: string, body: unknown): Promise<{ status: number; json: { expected?: unknown } }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const request = http.request(
      { host: "127.0.0.1", port, path: pathname, method: "POST", agent: false, headers: { "content-type": "application/json", cookie, "content-length": Buffer.byteLength(payload) } },
      (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

/** One signed-out GET on a fresh connection (the next worker), with its body and whether it came from the page cache. */
function get(port: number, pathname: string): Promise<{ status: number; cached: boolean; text: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: pathname, agent: false }, (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, cached: response.headers["x-page-cache"] === "hit", text }));
      })
      .on("error", reject);
  });
}

let cluster: ChildProcess | null = null;
let db: Client | null = null;

test.afterAll(() => {
  if (cluster?.pid) {
    try {
      process.kill(-cluster.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  db?.close();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(DB_FILE + suffix, { force: true });
});

test("two processes grade by, and show, content changed after both loaded it", async () => {
  test.setTimeout(240_000);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(DB_FILE + suffix, { force: true });
  const seeded = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/app/seed.ts"], {
    env: { ...process.env, DATABASE_URL: DB_URL, SEED_DEMO: "0" },
    stdio: "pipe",
  });
  expect(seeded.status, seeded.stderr.toString()).toBe(0);

  db = createClient({ url: DB_URL });
  const question = (await db.execute("SELECT id, payloadJson FROM Question WHERE kind = 'year-choice' AND retiredAt IS NULL ORDER BY id LIMIT 1")).rows[0]!;
  const payload = JSON.parse(String(question.payloadJson)) as { answer: string; choices: string[] };
  const changedAnswer = payload.choices.find((choice) => choice !== payload.answer)!;
  const now = new Date().toISOString();
  await db.execute({ sql: `INSERT INTO "User" (id, name, email, role, createdAt, updatedAt) VALUES ('cluster-learner', 'Cluster', 'cluster@e2e.test', 'student', ?, ?)`, args: [now, now] });
  await db.execute({ sql: `INSERT INTO QuizAttempt (id, userId, scope, startedAt) VALUES ('cluster-attempt', 'cluster-learner', 'mixed', ?)`, args: [now] });
  await db.execute({ sql: `INSERT INTO QuizAttemptQuestion (attemptId, position, questionId) VALUES ('cluster-attempt', 0, ?)`, args: [String(question.id)] });
  const token = await encode({ token: { sub: "cluster-learner", name: "Cluster", email: "cluster@e2e.test", role: "student", sessionVersion: 0 }, secret: SECRET });
  const cookie = `next-auth.session-token=${token}`;

  const port = await freePort();
  cluster = spawn(process.execPath, ["scripts/app/start-cluster.mjs"], {
    detached: true,
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", CLUSTER_WORKERS: "2", PORT: String(port), HOSTNAME: "127.0.0.1", DATABASE_URL: DB_URL, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: `http://127.0.0.1:${port}` },
  });
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status, { timeout: 120_000 }).toBe(200);

  const answerPath = "/api/quiz/attempts/cluster-attempt/answers";
  const answer = { questionId: String(question.id), response: payload.answer };
  // Four fresh connections: both workers answer twice and load the bank.
  for (let i = 0; i < 4; i++) {
    const { status, json } = await post(port, answerPath, cookie, answer);
    expect(status).toBe(200);
    expect(json.expected).toBe(payload.answer);
  }

  await db.execute({
    sql: "UPDATE Question SET payloadJson = ?, updatedAt = ? WHERE id = ?",
    args: [JSON.stringify({ ...payload, answer: changedAnswer }), new Date().toISOString().replace("Z", "+00:00"), String(question.id)],
  });
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // past the one-second recheck

  for (let i = 0; i < 4; i++) {
    const { status, json } = await post(port, answerPath, cookie, answer);
    expect(status).toBe(200);
    expect(json.expected).toBe(changedAnswer);
  }

  // The lesson list, signed out: held by both workers, then shown by both with a title changed behind them.
  const lesson = (await db.execute("SELECT id FROM ContentDocument WHERE ownerId IS NULL ORDER BY position LIMIT 1")).rows[0]!;
  await expect.poll(async () => (await Promise.all([get(port, "/lessons"), get(port, "/lessons")])).every((page) => page.cached), { timeout: 30_000 }).toBe(true);
  const changedTitle = `Revised title ${Date.now()}`;
  await db.execute({
    sql: "UPDATE ContentDocument SET title = ?, updatedAt = ? WHERE id = ?",
    args: [changedTitle, new Date().toISOString().replace("Z", "+00:00"), String(lesson.id)],
  });
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // past the one-second recheck
  for (let i = 0; i < 4; i++) {
    const page = await get(port, "/lessons");
    expect(page.status).toBe(200);
    expect(page.text).toContain(changedTitle);
  }
});
