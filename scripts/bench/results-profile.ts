// Child of bench-results.ts: measures the results page's data and the CSV exports in this process against the
// database DATABASE_URL names (the app's `db` reads it once at import), counting the SQL statements each sends.
import pg from "pg";
import { performance } from "node:perf_hooks";
import { providerFromUrl, resolveDatabaseUrl } from "@/lib/database-url";
import { installSqlRecorder } from "./sql-recorder";

const RUNS = 15;
const WARMUP = 3;

/** Counts statements on either driver: libsql through the recorder, pg by wrapping Client#query. */
function statementCounter(): () => number {
  if (providerFromUrl(resolveDatabaseUrl()) === "postgresql") {
    let count = 0;
    const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = proto.query;
    proto.query = function countedQuery(this: unknown, ...args: unknown[]) {
      count++;
      return original.apply(this, args);
    };
    return () => count;
  }
  const recorder = installSqlRecorder();
  recorder.recording = true;
  return () => recorder.statements.length;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

export interface CaseResult {
  name: string;
  medianMs: number;
  p95Ms: number;
  statements: number;
  bytes: number;
}

async function measure(name: string, count: () => number, run: () => Promise<number>): Promise<CaseResult> {
  for (let i = 0; i < WARMUP; i++) await run();
  const before = count();
  const bytes = await run();
  const statements = count() - before;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), statements, bytes };
}

async function main(): Promise<void> {
  const count = statementCounter();
  const { db } = await import("../../lib/server/db");
  const { loadAssignmentResults } = await import("../../lib/server/services/results/load-assignment-results");
  const { streamAssignmentResults } = await import("../../lib/server/services/results/export-assignment-results");
  const [teacherId, assignmentId] = process.argv.slice(2) as [string, string];
  const now = new Date();
  // The whole file as the download route sends it: every part of UTF-8, read to the end.
  const csvBytes = async (rows: "students" | "answers") => {
    let bytes = 0;
    for await (const part of (await streamAssignmentResults(teacherId, assignmentId, rows, now)).parts) bytes += part.byteLength;
    return bytes;
  };
  const results = [
    // The reference: reading every answer row of the assignment once, nothing else.
    await measure("reference: read 6,000 answer rows", count, async () => (await db.quizAnswer.findMany({ where: { attempt: { assignmentId } } })).length),
    await measure("results page data", count, async () => JSON.stringify(await loadAssignmentResults(teacherId, assignmentId, now)).length),
    await measure("CSV, one row per student", count, () => csvBytes("students")),
    await measure("CSV, one row per answer", count, () => csvBytes("answers")),
  ];
  process.stdout.write(`RESULT ${JSON.stringify(results)}\n`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
