// npm run bench:durability [-- --rounds=3] [-- --reuse-build]
// Two ways the database or the server can fail under load, each run `rounds` times against a production
// `next start` on a fresh SQLite database with 20 learners answering through the JSON API:
//   lock: another process holds SQLite's write lock longer than the server waits for it;
//   kill: the server is killed with SIGKILL and started again.
// Prints, per round, answers acknowledged vs stored and the time until answers are acknowledged again,
// and ends with one JSON line. Exit code 1 if any acknowledged answer is missing.
import { AUTH_SECRET, BENCH_DIR, fileUrl } from "../bench/bench-environment";
import path from "node:path";
import { createPrismaClient } from "@/lib/server/db";
import { SQLITE_LOCK_WAIT_MS } from "@/lib/sqlite-client";
import { planWorkload, seededRandom } from "../bench/answer-workload";
import { ensureBuild, findFreePort, runBenchProcess, startAppServer, type AppServer, type StartOptions } from "../bench/app-server";
import { prepareBenchDatabase, readActiveQuestions, removeDatabaseFiles, seedWorkload, storedAnswerKeys } from "../bench/bench-database";
import { mintSessionCookies } from "../bench/session-cookies";
import { answerContinuously, answerKey, firstAcknowledgedAfter, type AnswerTally, type PlannedAnswer } from "./answer-clients";
import { holdWriteLock } from "./hold-write-lock";

const LEARNERS = 20;
const PER_ROUND = 300; // more than a learner can send in a round at one answer per PAUSE_MS
const PAUSE_MS = 50;
const HOLD_MS = SQLITE_LOCK_WAIT_MS + 1500;
const DB_FILE = path.join(BENCH_DIR, "durability.db");
const log = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface RoundResult {
  kind: "lock" | "kill";
  acknowledged: number;
  stored: number;
  lost: number;
  storedUnacknowledged: number;
  statuses: Record<string, number>;
  /** From the lock's release (or the kill) to the first answer acknowledged after it. */
  recoverMs: number | null;
  /** Kill rounds: how long the new `next start` took to answer its health check (the floor for recoverMs). */
  serverStartMs?: number;
}

let server: AppServer | null = null;

/** Which of the round's planned answers are stored (the seeded answers before them are not the round's). */
async function storedKeys(planned: ReadonlySet<string>): Promise<Set<string>> {
  const db = createPrismaClient(fileUrl(DB_FILE));
  try {
    const all = [...(await storedAnswerKeys(db))].map((key) => key.split("\u0000")).map(([a, q]) => answerKey(a as string, q as string));
    return new Set(all.filter((key) => planned.has(key)));
  } finally {
    await db.$disconnect();
  }
}

async function settle(kind: RoundResult["kind"], tally: AnswerTally, queues: PlannedAnswer[][], since: number): Promise<RoundResult> {
  const stored = await storedKeys(new Set(queues.flat().map((answer) => answerKey(answer.attemptId, answer.questionId))));
  const lost = [...tally.acknowledged].filter((key) => !stored.has(key)).length;
  return {
    kind,
    acknowledged: tally.acknowledged.size,
    stored: stored.size,
    lost,
    storedUnacknowledged: stored.size - (tally.acknowledged.size - lost),
    statuses: tally.statuses,
    recoverMs: firstAcknowledgedAfter(tally, since),
  };
}

async function waitForAnswerAfter(tally: AnswerTally, since: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (firstAcknowledgedAfter(tally, since) === null && Date.now() < deadline) await sleep(50);
}

async function lockRound(baseUrl: string, queues: PlannedAnswer[][]): Promise<RoundResult> {
  const load = answerContinuously(baseUrl, queues, PAUSE_MS);
  await sleep(1000);
  const lock = await holdWriteLock(fileUrl(DB_FILE), HOLD_MS);
  await lock.released;
  const releasedAt = Date.now();
  await waitForAnswerAfter(load.tally, releasedAt, 30_000);
  await sleep(1000);
  return settle("lock", await load.stop(), queues, releasedAt);
}

async function killRound(baseUrl: string, options: StartOptions, queues: PlannedAnswer[][]): Promise<RoundResult> {
  const load = answerContinuously(baseUrl, queues, PAUSE_MS);
  await sleep(2000);
  const killedAt = Date.now();
  await server?.kill();
  const startedAt = Date.now();
  server = await startAppServer(options);
  const serverStartMs = Date.now() - startedAt;
  await waitForAnswerAfter(load.tally, killedAt, 30_000);
  await sleep(1000);
  return { ...(await settle("kill", await load.stop(), queues, killedAt)), serverStartMs };
}

function describe(round: RoundResult, index: number): string {
  const refused = Object.entries(round.statuses)
    .filter(([status]) => status !== "200")
    .map(([status, count]) => `${count}×${status}`)
    .join(", ");
  const recovered = round.recoverMs === null ? "not within 30 s" : `${(round.recoverMs / 1000).toFixed(2)} s`;
  const restart = round.serverStartMs === undefined ? "" : ` (reference: the new server answered its health check after ${(round.serverStartMs / 1000).toFixed(2)} s)`;
  return `  ${round.kind} ${index + 1}: ${round.acknowledged} acknowledged, ${round.stored} stored, ${round.lost} lost, ${round.storedUnacknowledged} stored unacknowledged; not acknowledged: ${refused || "none"}; answers acknowledged again after ${recovered}${restart}`;
}

async function main(): Promise<number> {
  const rounds = Number(process.argv.find((arg) => arg.startsWith("--rounds="))?.slice("--rounds=".length) ?? 3);
  const distDir = process.env.NEXT_DIST_DIR || ".next-bench";
  log(`▶ Preparing ${path.relative(process.cwd(), DB_FILE)} (${LEARNERS} learners)`);
  removeDatabaseFiles(DB_FILE);
  await prepareBenchDatabase(fileUrl(DB_FILE));
  const db = createPrismaClient(fileUrl(DB_FILE));
  const workload = planWorkload({ questions: await readActiveQuestions(db), learners: LEARNERS, answersPerLearner: PER_ROUND * rounds * 2, random: seededRandom(20_261_127) });
  await seedWorkload(db, workload, new Date());
  await db.$disconnect();
  const cookies = await mintSessionCookies(workload.learners, AUTH_SECRET);
  const perLearner = workload.learners.map((learner) =>
    workload.items
      .filter((item) => item.userId === learner.id)
      .map((item) => ({ attemptId: item.attemptId, questionId: item.questionId, body: item.body, cookie: cookies.get(item.userId) ?? "" })),
  );
  const nextRound = () => perLearner.map((queue) => queue.splice(0, PER_ROUND));

  ensureBuild(distDir, { reuse: process.argv.includes("--reuse-build") }, log);
  const port = await findFreePort(Number(process.env.BENCH_PORT) || 3180, (Number(process.env.BENCH_PORT) || 3180) + 9);
  const options: StartOptions = { distDir, port, databaseUrl: fileUrl(DB_FILE), authSecret: AUTH_SECRET, logFile: path.join(BENCH_DIR, "durability-server.log") };
  server = await startAppServer(options);
  log(`▶ Serving on ${server.baseUrl}; write lock held ${HOLD_MS / 1000} s against a ${SQLITE_LOCK_WAIT_MS / 1000} s wait; ${LEARNERS} learners, one answer each per ${PAUSE_MS} ms`);

  const results: RoundResult[] = [];
  for (let i = 0; i < rounds; i++) {
    results.push(await lockRound(server.baseUrl, nextRound()));
    log(describe(results.at(-1) as RoundResult, i));
  }
  for (let i = 0; i < rounds; i++) {
    results.push(await killRound(server.baseUrl, options, nextRound()));
    log(describe(results.at(-1) as RoundResult, i));
  }
  await server.stop();

  const total = (kind: RoundResult["kind"], field: "acknowledged" | "stored" | "lost") =>
    results.filter((round) => round.kind === kind).reduce((sum, round) => sum + round[field], 0);
  const worstRecovery = (kind: RoundResult["kind"]) => Math.max(...results.filter((round) => round.kind === kind).map((round) => round.recoverMs ?? Infinity));
  const summary = {
    bench: "durability",
    lockHeldMs: HOLD_MS,
    lockWaitMs: SQLITE_LOCK_WAIT_MS,
    lock: { rounds, acknowledged: total("lock", "acknowledged"), stored: total("lock", "stored"), lost: total("lock", "lost"), worstRecoverMs: worstRecovery("lock") },
    kill: {
      rounds,
      acknowledged: total("kill", "acknowledged"),
      stored: total("kill", "stored"),
      lost: total("kill", "lost"),
      worstRecoverMs: worstRecovery("kill"),
      worstServerStartMs: Math.max(...results.map((round) => round.serverStartMs ?? 0)),
    },
  };
  log(JSON.stringify(summary));
  return summary.lock.lost + summary.kill.lost > 0 ? 1 : 0;
}

runBenchProcess(main, () => [server]);
