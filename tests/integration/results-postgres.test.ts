// The results statistics on PostgreSQL: the same rows and the same figures as on SQLite (groupBy sums, relation
// filters and dates go through the other driver). The app's `db` is imported only once DATABASE_URL names the server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/scripts/db/migrate";
import { type ThrowawayPostgres, startPostgres } from "../support/postgres";
import { expectedAnswersCsv } from "../support/expected-answers-csv";
import { NOW, Q, seedResultsFixture, type ResultsFixture } from "../support/results-fixture";

let server: ThrowawayPostgres;
let f: ResultsFixture;
let services: {
  loadAssignmentResults: typeof import("@/lib/server/services/results/load-assignment-results").loadAssignmentResults;
  exportAssignmentResults: typeof import("@/lib/server/services/results/export-assignment-results").exportAssignmentResults;
  db: typeof import("@/lib/server/db").db;
  disconnect: () => Promise<void>;
};

beforeAll(async () => {
  server = await startPostgres();
  const url = server.url.replace(/\/postgres$/, "/results_test");
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  const { db } = await import("@/lib/server/db");
  f = await seedResultsFixture(db);
  const [{ loadAssignmentResults }, { exportAssignmentResults }] = await Promise.all([
    import("@/lib/server/services/results/load-assignment-results"),
    import("@/lib/server/services/results/export-assignment-results"),
  ]);
  services = { loadAssignmentResults, exportAssignmentResults, db, disconnect: () => db.$disconnect() };
});

afterAll(async () => {
  await services?.disconnect();
  await server?.stop();
});

describe("results on PostgreSQL", () => {
  it("gives the same statuses, scores and question statistics as on SQLite", async () => {
    const view = await services.loadAssignmentResults(f.teacherId, f.quizId, NOW);
    expect(view.students.map((s) => [s.name, s.status, s.score, s.attempts, s.timeSpentMs])).toEqual([
      ["Ana", "submitted", 1, 1, 600_000],
      ["Ben", "submitted", 0.5, 2, 1_200_000],
      ["Cai", "late", 0.25, 1, 600_000],
      ["Dee", "submitted", 0.75, 1, 600_000],
      ["Eli", "missing", null, 0, 0],
    ]);
    expect(view.questions.map((q) => [q.questionId, q.facility, q.discrimination, q.commonWrong?.response ?? null, q.flags])).toEqual([
      [Q.year, 1, 0, null, ["low-discrimination"]],
      [Q.tf, 0.75, 1, "False", []],
      [Q.number, 0.5, 1, "590", []],
      [Q.who, 0.25, 1, "Prime Minister Tarō Asō", ["too-hard"]],
    ]);
    expect(view.heatmap.rows.map((r) => [r.name, r.cells.map((c) => c.outcome).join(" ")])).toEqual([
      ["Ana", "correct correct correct correct"],
      ["Ben", "correct correct wrong wrong"],
      ["Cai", "correct wrong wrong wrong"],
      ["Dee", "correct correct correct wrong"],
      ["Eli", "no-attempt no-attempt no-attempt no-attempt"],
    ]);
  });

  it("writes the same CSV rows", async () => {
    const lines = (await services.exportAssignmentResults(f.teacherId, f.quizId, "answers", NOW)).body.split("\r\n");
    expect(lines).toHaveLength(22);
    expect(lines[5]).toMatch(/^Period 3,Migration quiz,Ben,u-ben@example.com,1,yes,1,q-year-1899,year-choice,/);
    // Booleans, numbers and dates read back through the driver as on SQLite: yes/no, a score, an ISO 8601 time.
    expect(lines[5]).toMatch(/,1899,yes,1,\d+(\.\d+)?,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("streams the answers CSV a few students at a time, equal to the rows read one by one", async () => {
    const { students } = await services.loadAssignmentResults(f.teacherId, f.quizId, NOW);
    const streamed = await services.exportAssignmentResults(f.teacherId, f.quizId, "answers", NOW, 2);
    expect(streamed.body).toBe(await expectedAnswersCsv(services.db, f.quizId, students));
  });
});
