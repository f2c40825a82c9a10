// `bench:answers -- --postgres`: the same answers on PostgreSQL (started here on 127.0.0.1, fsync on, as in
// production) served by `npm run start:cluster` with 1 and then 2 processes, next to the SQLite server of the same
// run; with the CPU each side used over the measured window (user + sys of each process tree, from /proc).
import path from "node:path";
import { createPrismaClient } from "@/lib/server/db";
import { startThrowawayPostgres } from "../db/throwaway-postgres";
import { AnswerLedger } from "./answer-ledger";
import { AnswerQueue, type AnswerItem, type WorkloadPlan } from "./answer-workload";
import { findFreePort, startAppServer, type AppServer } from "./app-server";
import { countAnswers, prepareBenchDatabase, seedWorkload, storedAnswerKeys } from "./bench-database";
import { BENCH_DIR } from "./bench-environment";
import { runClosedLoop, type ClosedLoopRequest } from "./closed-loop";
import { processTreeCpuSeconds } from "./process-memory";

export interface ScaleOutRow {
  database: "sqlite" | "postgresql";
  processes: number;
  connections: number;
  okPerSecond: number;
  p95: number;
  errors: number;
  /** CPU seconds per second of the window: 1.0 is one core busy. */
  appCores: number;
  databaseCores: number | null;
}

export interface ScaleOutResult {
  rows: ScaleOutRow[];
  /** Acknowledged answers missing from PostgreSQL afterwards. */
  lost: number;
  acknowledged: number;
  poolSizePerProcess: number;
}

type AnswerRequest = ClosedLoopRequest & { item: AnswerItem };

interface Measured {
  okPerSecond: number;
  p95: number;
  errors: number;
  appCores: number;
  databaseCores: number | null;
}

/** One warmed-up closed loop with the CPU of the app's and the database's process trees over the measured part. */
async function measure(
  options: { baseUrl: string; connections: number; warmupS: number; durationS: number; appPid: number; databasePid: number | null },
  next: () => AnswerRequest,
  onResponse: (status: number, body: string, sent: AnswerRequest) => void,
): Promise<Measured> {
  const loop = { baseUrl: options.baseUrl, connections: options.connections, next, onResponse };
  await runClosedLoop({ ...loop, durationS: options.warmupS });
  const app0 = processTreeCpuSeconds(options.appPid);
  const db0 = options.databasePid === null ? 0 : processTreeCpuSeconds(options.databasePid);
  const started = performance.now();
  const result = await runClosedLoop({ ...loop, durationS: options.durationS });
  const seconds = (performance.now() - started) / 1000;
  const appCores = (processTreeCpuSeconds(options.appPid) - app0) / seconds;
  const databaseCores = options.databasePid === null ? null : (processTreeCpuSeconds(options.databasePid) - db0) / seconds;
  return { okPerSecond: result.okPerSecond, p95: result.latency.p95, errors: result.errors, appCores, databaseCores };
}

export async function measureScaleOut(options: {
  workload: WorkloadPlan;
  cookies: Map<string, string>;
  distDir: string;
  authSecret: string;
  ports: { from: number; to: number };
  connections: number;
  warmupS: number;
  durationS: number;
  /** The run's SQLite server, measured the same way first; with its own request source and ledger. */
  sqlite: { server: AppServer; next: () => AnswerRequest; onResponse: (status: number, body: string, sent: AnswerRequest) => void };
  log: (line: string) => void;
}): Promise<ScaleOutResult> {
  const { log, connections } = options;
  const rows: ScaleOutRow[] = [];
  const window = { connections, warmupS: options.warmupS, durationS: options.durationS };

  log(`▶ Scale-out: SQLite, 1 process, ${connections} connections`);
  const sqlite = await measure({ ...window, baseUrl: options.sqlite.server.baseUrl, appPid: options.sqlite.server.pid, databasePid: null }, options.sqlite.next, options.sqlite.onResponse);
  rows.push({ database: "sqlite", processes: 1, connections, ...sqlite });

  const postgresPort = await findFreePort(options.ports.from, options.ports.to);
  log(`▶ Scale-out: PostgreSQL on 127.0.0.1:${postgresPort} (fsync on), migrations, content and the same learners`);
  const postgres = await startThrowawayPostgres({ durable: true, port: postgresPort });
  const poolSizePerProcess = 10;
  const ledger = new AnswerLedger();
  const queue = new AnswerQueue(options.workload.items);
  try {
    await prepareBenchDatabase(postgres.url);
    const db = createPrismaClient(postgres.url);
    await seedWorkload(db, options.workload, new Date());
    // What autovacuum would do shortly after a bulk load: the planner gets row counts.
    await db.$executeRawUnsafe("ANALYZE");
    const rowsBefore = await countAnswers(db);
    await db.$disconnect();

    const next = (): AnswerRequest => {
      const item = queue.take();
      return {
        item,
        method: "POST",
        path: `/api/quiz/attempts/${encodeURIComponent(item.attemptId)}/answers`,
        headers: { "content-type": "application/json", cookie: options.cookies.get(item.userId) ?? "" },
        body: item.body,
      };
    };
    const onResponse = (status: number, body: string, sent: AnswerRequest) => ledger.record(status, body, sent.item);

    for (const processes of [1, 2]) {
      const port = await findFreePort(options.ports.from, options.ports.to);
      log(`▶ Scale-out: PostgreSQL, start:cluster with ${processes} process(es) on 127.0.0.1:${port}, ${connections} connections`);
      const server = await startAppServer({
        distDir: options.distDir,
        port,
        databaseUrl: postgres.url,
        authSecret: options.authSecret,
        logFile: path.join(BENCH_DIR, `cluster-${processes}-server.log`),
        clusterWorkers: processes,
        env: { DATABASE_POOL_SIZE: String(poolSizePerProcess) },
      });
      try {
        const measured = await measure({ ...window, baseUrl: server.baseUrl, appPid: server.pid, databasePid: postgres.pid }, next, onResponse);
        rows.push({ database: "postgresql", processes, connections, ...measured });
      } finally {
        await server.stop();
      }
    }

    const verify = createPrismaClient(postgres.url);
    const check = ledger.check(await storedAnswerKeys(verify), rowsBefore);
    await verify.$disconnect();
    return { rows, lost: check.lost, acknowledged: check.acknowledged, poolSizePerProcess };
  } finally {
    await postgres.stop();
  }
}

export function printScaleOut(result: ScaleOutResult, log: (line: string) => void): void {
  log("");
  log(`Scale-out (answers/s; CPU in cores busy over the window, user+sys of each process tree; PostgreSQL pool ${result.poolSizePerProcess} per process):`);
  const header = ["database", "processes", "conns", "ok/s", "p95 ms", "errors", "app CPU", "db CPU", "app share"];
  const body = result.rows.map((row) => {
    const total = row.appCores + (row.databaseCores ?? 0);
    return [
      row.database,
      String(row.processes),
      String(row.connections),
      row.okPerSecond.toFixed(0),
      row.p95.toFixed(0),
      String(row.errors),
      row.appCores.toFixed(2),
      row.databaseCores === null ? "in-process" : row.databaseCores.toFixed(2),
      total > 0 ? `${Math.round((row.appCores / total) * 100)}%` : "–",
    ];
  });
  const rows = [header, ...body];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  for (const row of rows) log(`  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ")}`);
  log(`  PostgreSQL: ${result.acknowledged} answers acknowledged, ${result.lost} lost`);
}
