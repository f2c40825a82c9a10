import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbProvider } from "@/lib/database-url";
import { migrationsDir } from "@/scripts/db/paths";
import { type ThrowawayPostgres, startPostgres } from "../support/postgres";

// The migration that moved an attempt's questions from a JSON string into rows must carry existing attempts over.
const MIGRATION = "classes_assignments_attempt_questions";

function migrationsAround(provider: DbProvider): { before: string[]; target: string } {
  const folder = migrationsDir(provider);
  const names = readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const index = names.findIndex((name) => name.endsWith(`_${MIGRATION}`));
  const read = (name: string) => readFileSync(path.join(folder, name, "migration.sql"), "utf8");
  return { before: names.slice(0, index).map(read), target: read(names[index] as string) };
}

const SEED = [
  `INSERT INTO "User" ("id","name","email","role","createdAt","updatedAt") VALUES ('u1','Ana','ana@example.com','student','2026-01-01','2026-01-01')`,
  `INSERT INTO "ContentDocument" ("id","title","kind","position","lessonJson","contentHash","updatedAt") VALUES ('d','Doc','news',0,'{}','h','2026-01-01')`,
  ...["q1", "q2", "q3"].map(
    (id) =>
      `INSERT INTO "Question" ("id","documentId","kind","payloadJson","contentHash","createdAt","updatedAt") VALUES ('${id}','d','true-false','{}','h','2026-01-01','2026-01-01')`,
  ),
  // An ordinary attempt, one naming a question that left the bank and repeating one, and a damaged one.
  `INSERT INTO "QuizAttempt" ("id","userId","scope","questionIdsJson","startedAt") VALUES ('a1','u1','mixed','["q3","q1","q2"]','2026-01-01')`,
  `INSERT INTO "QuizAttempt" ("id","userId","scope","questionIdsJson","startedAt") VALUES ('a2','u1','mixed','["q2","gone","q2","q1"]','2026-01-01')`,
  `INSERT INTO "QuizAttempt" ("id","userId","scope","questionIdsJson","startedAt") VALUES ('a3','u1','mixed','not json','2026-01-01')`,
];
const READ_ROWS = `SELECT "attemptId", "position", "questionId" FROM "QuizAttemptQuestion" ORDER BY "attemptId", "position"`;
const EXPECTED = [
  { attemptId: "a1", position: 0, questionId: "q3" },
  { attemptId: "a1", position: 1, questionId: "q1" },
  { attemptId: "a1", position: 2, questionId: "q2" },
  { attemptId: "a2", position: 0, questionId: "q2" },
  { attemptId: "a2", position: 3, questionId: "q1" },
];

describe("moving attempt questions into rows", () => {
  let dir: string;
  let server: ThrowawayPostgres | undefined;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "attempt-rows-"));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await server?.stop();
  });

  it("keeps every attempt's questions in order on SQLite", async () => {
    const client = createClient({ url: `file:${path.join(dir, "m.db")}` });
    const { before, target } = migrationsAround("sqlite");
    for (const sql of before) await client.executeMultiple(sql);
    for (const sql of SEED) await client.execute(sql);
    await client.executeMultiple(target);
    const { rows } = await client.execute(READ_ROWS);
    expect(rows.map((r) => ({ attemptId: r.attemptId, position: Number(r.position), questionId: r.questionId }))).toEqual(EXPECTED);
    const attempts = await client.execute(`SELECT "id" FROM "QuizAttempt" ORDER BY "id"`);
    expect(attempts.rows.map((r) => r.id)).toEqual(["a1", "a2", "a3"]);
    client.close();
  });

  it("keeps every attempt's questions in order on PostgreSQL", async () => {
    server = await startPostgres();
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const { before, target } = migrationsAround("postgresql");
      for (const sql of before) await client.query(sql);
      for (const sql of SEED) await client.query(sql);
      await client.query(target);
      const { rows } = await client.query(READ_ROWS);
      expect(rows).toEqual(EXPECTED);
      const columns = await client.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'QuizAttempt' AND column_name = 'questionIdsJson'`,
      );
      expect(columns.rowCount).toBe(0);
    } finally {
      await client.end();
    }
  }, 60_000);
});
