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
  log("Server time = the page's data (every statement, the statistics, the heatmap) or the whole CSV file, in one Node process; the session lookup adds one statement to each page.");
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
  const summary = Object.fromEntries(
    (["results page data", "CSV, one row per student", "CSV, one row per answer"] as const).flatMap((name) => {
      const key = name === "results page data" ? "page" : name.includes("student") ? "csvStudents" : "csvAnswers";
      return [[key, { sqliteMs: pick(sqlite, name)?.medianMs, postgresMs: pick(postgres, name)?.medianMs, sqliteStatements: pick(sqlite, name)?.statements, postgresStatements: pick(postgres, name)?.statements }]];
    }),
  );
  const machine = { cores: cpus().length, loadBefore: Math.round(loadBefore * 10) / 10, loadAfter: Math.round((loadavg()[0] ?? 0) * 10) / 10 };
  if (machine.loadAfter > machine.cores) {
    log(`\nLoad average ${machine.loadBefore} → ${machine.loadAfter} on ${machine.cores} cores: other work shared the CPU, so every time above is pessimistic; compare with the reference row.`);
  }
  const withinTarget = [...sqlite, ...postgres].filter((c) => !c.name.startsWith("reference")).every((c) => c.medianMs < TARGET_MS);
  log(`\n${withinTarget ? "Every call is within" : "Some calls are over"} the ${TARGET_MS} ms target.`);
  log(JSON.stringify({ bench: "results", plan: RESULTS_PLAN, targetMs: TARGET_MS, withinTarget, ...summary, machine }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
