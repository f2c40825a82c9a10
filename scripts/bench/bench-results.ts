// npm run bench:results — the teacher's results page and CSV exports for a class of 40 students × 50 questions ×
// 3 attempts, timed in server time on SQLite and on a PostgreSQL started here on 127.0.0.1, with statements per call.
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/server/db";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../db/throwaway-postgres";
import { prepareBenchDatabase, removeDatabaseFiles } from "./bench-database";
import { fileUrl } from "./bench-environment";
import type { CaseResult } from "./results-profile";
import { RESULTS_PLAN, seedResultsClass } from "./results-seed";

const TARGET_MS = 150;
/** The pages the target is for, by their row in the profile and their key in the JSON line. */
const PAGES = [
  { key: "page", name: "results page data" },
  { key: "csvStudents", name: "CSV, one row per student" },
  { key: "csvAnswers", name: "CSV, one row per answer" },
] as const;
const SQLITE_FILE = path.resolve(".data/bench/results.db");
const log = (line: string) => process.stdout.write(`${line}\n`);

async function prepare(url: string): Promise<{ teacherId: string; assignmentId: string; answers: number }> {
  await prepareBenchDatabase(url);
  const db = createPrismaClient(url);
  try {
    return await seedResultsClass(db, new Date());
  } finally {
    await db.$disconnect();
  }
}

function profile(url: string, teacherId: string, assignmentId: string): CaseResult[] {
  const child = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/bench/results-profile.ts", teacherId, assignmentId], {
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" },
    encoding: "utf8",
  });
  const line = child.stdout.split("\n").find((l) => l.startsWith("RESULT "));
  if (child.status !== 0 || !line) throw new Error(`The profile failed:\n${child.stderr}\n${child.stdout}`);
  return JSON.parse(line.slice("RESULT ".length)) as CaseResult[];
}

function report(database: string, cases: CaseResult[]): void {
  log(`\n${database}`);
  const reference = cases[0]?.medianMs ?? NaN;
  for (const c of cases) {
    const verdict = c.name.startsWith("reference") ? "" : `  ${c.medianMs < TARGET_MS ? "within" : "OVER"} the ${TARGET_MS} ms target (${(c.medianMs / TARGET_MS).toFixed(2)}×)`;
    log(`  ${c.name.padEnd(36)} median ${c.medianMs.toFixed(1).padStart(6)} ms  p95 ${c.p95Ms.toFixed(1).padStart(6)} ms  ${String(c.statements).padStart(2)} statements  ${(c.medianMs / reference).toFixed(1)}× reference${verdict}`);
  }
}

async function main(): Promise<void> {
  log(`Results benchmark: ${RESULTS_PLAN.students} students × ${RESULTS_PLAN.questions} questions × ${RESULTS_PLAN.attempts} attempts; target < ${TARGET_MS} ms server time per call`);
  log("Server time = the page's data (every statement, the statistics, the heatmap) or the whole CSV file read to its last byte as the download streams it, in one Node process; the session lookup adds one statement to each page.");
  const loadBefore = loadavg()[0] ?? 0;
  removeDatabaseFiles(SQLITE_FILE);
  const sqliteUrl = fileUrl(SQLITE_FILE);
  const sqliteSeed = await prepare(sqliteUrl);
  log(`SQLite: ${path.relative(process.cwd(), SQLITE_FILE)}, ${sqliteSeed.answers} answers seeded`);
  const sqlite = profile(sqliteUrl, sqliteSeed.teacherId, sqliteSeed.assignmentId);

  let server: ThrowawayPostgres | null = null;
  let postgres: CaseResult[] = [];
  try {
    server = await startThrowawayPostgres();
    const pgUrl = server.url.replace(/\/postgres$/, "/bench_results");
    const pgSeed = await prepare(pgUrl);
    log(`PostgreSQL: ${pgUrl.replace(/^postgresql:\/\/[^@]*@/, "")}, ${pgSeed.answers} answers seeded`);
    postgres = profile(pgUrl, pgSeed.teacherId, pgSeed.assignmentId);
  } finally {
    await server?.stop();
  }
  report("SQLite (libsql, WAL)", sqlite);
  report("PostgreSQL (pg, 127.0.0.1)", postgres);
  const pick = (cases: CaseResult[], name: string) => cases.find((c) => c.name === name);
  const figures = (name: string) => {
    const [onSqlite, onPostgres] = [pick(sqlite, name), pick(postgres, name)];
    const ratio = (c: CaseResult | undefined, all: CaseResult[]) => (c && all[0] ? Math.round((c.medianMs / all[0].medianMs) * 100) / 100 : undefined);
    return {
      sqliteMs: onSqlite?.medianMs, postgresMs: onPostgres?.medianMs,
      sqliteStatements: onSqlite?.statements, postgresStatements: onPostgres?.statements,
      sqliteToReference: ratio(onSqlite, sqlite), postgresToReference: ratio(onPostgres, postgres),
      sqliteWithin: onSqlite !== undefined && onSqlite.medianMs < TARGET_MS, postgresWithin: onPostgres !== undefined && onPostgres.medianMs < TARGET_MS,
    };
  };
  const summary = Object.fromEntries(PAGES.map(({ key, name }) => [key, figures(name)]));
  const references = { sqliteMs: sqlite[0]?.medianMs, postgresMs: postgres[0]?.medianMs };
  const machine = { cores: cpus().length, loadBefore: Math.round(loadBefore * 10) / 10, loadAfter: Math.round((loadavg()[0] ?? 0) * 10) / 10 };
  if (machine.loadAfter > machine.cores) {
    log(`\nLoad average ${machine.loadBefore} → ${machine.loadAfter} on ${machine.cores} cores: other work shared the CPU, so every time above is pessimistic; compare with the reference row.`);
  }
  log(`\nTarget: each page < ${TARGET_MS} ms server time (median) on each database.`);
  const verdict = (ms: number | undefined, within: boolean) => `${ms === undefined ? "—" : `${ms.toFixed(1)} ms`} ${within ? "within" : "OVER"}`;
  for (const { key, name } of PAGES) {
    const f = summary[key]!;
    log(`  ${name.padEnd(26)} SQLite ${verdict(f.sqliteMs, f.sqliteWithin).padEnd(16)}  PostgreSQL ${verdict(f.postgresMs, f.postgresWithin)}`);
  }
  const withinTarget = Object.values(summary).every((f) => f.sqliteWithin && f.postgresWithin);
  log(withinTarget ? `Every page is within ${TARGET_MS} ms on both databases.` : `Some pages are over ${TARGET_MS} ms (see OVER above).`);
  log(JSON.stringify({ bench: "results", plan: RESULTS_PLAN, targetMs: TARGET_MS, withinTarget, ...summary, references, machine }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
