// npm run bench:answers [-- --quick] [-- --cpu-prof] [-- --what-if=synchronous-normal] [-- --reuse-build] [-- --port=4420]
//   [-- --rss-answers=N] [-- --postgres]
// Load benchmark of POST /api/quiz/attempts/:attemptId/answers against a production `next start` on a fresh
// SQLite database: closed-loop throughput and latency (with GET /api/health and raw inserts as baselines),
// an open-loop learner ramp, an in-process profile of one answer, and a check that no acknowledged answer is lost.
import { AUTH_SECRET, BENCH_DIR, INSERT_DB_FILE, PROFILE_DB_FILE, SERVER_DB_FILE, fileUrl } from "./bench-environment";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { createPrismaClient } from "@/lib/server/db";
import { AnswerLedger } from "./answer-ledger";
import { profileAnswerPath } from "./answer-profile";
import { AnswerQueue, planWorkload, seededRandom, type AnswerItem } from "./answer-workload";
import { ensureBuild, findFreePort, runBenchProcess, startAppServer, type AppServer } from "./app-server";
import { copyDatabase, countAnswers, prepareBenchDatabase, readActiveQuestions, removeDatabaseFiles, seedWorkload, storedAnswerKeys } from "./bench-database";
import { FULL_PLAN, QUICK_PLAN } from "./bench-plan";
import { runClosedLoop, type ClosedLoopResult } from "./closed-loop";
import { measureInsertBaseline } from "./insert-baseline";
import { prepareReferenceApp, referenceInsertRequest, startReferenceApp } from "./reference-app";
import { processGroupRssMiB } from "./process-memory";
import { runOpenLoop, type OpenLoopResult } from "./open-loop";
import { measureScaleOut, printScaleOut, type ScaleOutResult } from "./postgres-scale-out";
import { printReport, summaryOf, type BenchReport } from "./report";
import { mintSessionCookies } from "./session-cookies";

const TSCONFIG = path.resolve("tsconfig.json");

// The first free port from --port (or BENCH_PORT; default 3170) on, ten tries: runs side by side need not collide.
const portArgument = process.argv.find((arg) => arg.startsWith("--port="))?.slice("--port=".length);
const FIRST_PORT = Number(portArgument) || Number(process.env.BENCH_PORT) || 3170;
const PORTS = { from: FIRST_PORT, to: FIRST_PORT + 9 };
/** What-ifs preload a patch into the server and this process; the app's code is unchanged. */
const WHAT_IFS: Record<string, string> = { "synchronous-normal": path.resolve(__dirname, "what-if-synchronous-normal.cjs") };
const log = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: AppServer | null = null;
let reference: AppServer | null = null;

async function main(): Promise<number> {
  const quick = process.argv.includes("--quick");
  const cpuProfile = process.argv.includes("--cpu-prof");
  const reuseBuild = process.argv.includes("--reuse-build");
  const withPostgres = process.argv.includes("--postgres");
  const whatIf = process.argv.find((arg) => arg.startsWith("--what-if="))?.slice("--what-if=".length) ?? null;
  const preload = whatIf ? WHAT_IFS[whatIf] : undefined;
  if (whatIf && !preload) throw new Error(`Unknown --what-if=${whatIf} (known: ${Object.keys(WHAT_IFS).join(", ")}).`);
  if (preload) {
    log(`▶ WHAT-IF ${whatIf}: ${path.relative(process.cwd(), preload)} preloaded into the server and this process — not the app as shipped`);
    await import(pathToFileURL(preload).href);
  }
  const nodeArgs = [
    ...(preload ? [`--require=${preload}`] : []),
    ...(cpuProfile ? ["--cpu-prof", `--cpu-prof-dir=${path.join(BENCH_DIR, "cpu-profile")}`] : []),
  ];
  const rssAnswers = process.argv.find((arg) => arg.startsWith("--rss-answers="))?.slice("--rss-answers=".length);
  const plan = { ...(quick ? QUICK_PLAN : FULL_PLAN), ...(rssAnswers ? { rssAnswers: Number(rssAnswers) } : {}) };
  // Its own build folder, built fresh by default: a stale build would measure old code.
  const distDir = process.env.NEXT_DIST_DIR || ".next-bench";
  const started = performance.now();
  const loadBefore = loadavg()[0] ?? 0;
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

  log(`▶ Preparing ${path.relative(process.cwd(), SERVER_DB_FILE)} (migrations, content, ${plan.learners} learners)`);
  removeDatabaseFiles(SERVER_DB_FILE);
  const serverDbUrl = fileUrl(SERVER_DB_FILE);
  await prepareBenchDatabase(serverDbUrl);
  const db = createPrismaClient(serverDbUrl);
  const random = seededRandom(20_240_611);
  const questions = await readActiveQuestions(db);
  const workload = planWorkload({ questions, learners: plan.learners, answersPerLearner: plan.answersPerLearner, random });
  await seedWorkload(db, workload, new Date());
  await copyDatabase(db, PROFILE_DB_FILE);
  const rowsBefore = await countAnswers(db);
  await db.$disconnect();
  const cookies = await mintSessionCookies(workload.learners, AUTH_SECRET);
  log(`  ${questions.length} questions, ${workload.attempts.length} attempts, ${rowsBefore} earlier answers, ${workload.items.length} answers planned (${elapsed()})`);

  // `next build` into a folder other than .next adds that folder's types to tsconfig.json; a benchmark run
  // must leave the working tree as it found it, so the file is put back byte for byte.
  const tsconfig = readFileSync(TSCONFIG, "utf8");
  try {
    if (ensureBuild(distDir, { reuse: reuseBuild }, log)) log(`  built (${elapsed()})`);
  } finally {
    if (readFileSync(TSCONFIG, "utf8") !== tsconfig) writeFileSync(TSCONFIG, tsconfig);
  }
  if (prepareReferenceApp(log)) log(`  reference built (${elapsed()})`);
  const port = await findFreePort(PORTS.from, PORTS.to);
  log(`▶ Starting next start on 127.0.0.1:${port} (${distDir})`);
  server = await startAppServer({
    distDir,
    port,
    databaseUrl: serverDbUrl,
    authSecret: AUTH_SECRET,
    logFile: path.join(BENCH_DIR, "server.log"),
    nodeArgs,
  });
  const referencePort = await findFreePort(PORTS.from, PORTS.to);
  log(`▶ Starting the bare reference (calibrate: one Prisma insert per request) on 127.0.0.1:${referencePort}`);
  reference = await startReferenceApp(referencePort);

  log("▶ Baselines: raw libsql inserts, then one answer at a time in this process");
  const inserts = await measureInsertBaseline(INSERT_DB_FILE, plan.insertBaselineMs);
  const profile = await profileAnswerPath({ queue: new AnswerQueue(workload.items), cookies, secret: AUTH_SECRET, answers: plan.profileAnswers, warmup: 50 });

  const queue = new AnswerQueue(workload.items);
  const ledger = new AnswerLedger();
  const answerRequest = () => {
    const item = queue.take();
    return {
      item,
      method: "POST" as const,
      path: `/api/quiz/attempts/${encodeURIComponent(item.attemptId)}/answers`,
      headers: { "content-type": "application/json", cookie: cookies.get(item.userId) ?? "" },
      body: item.body,
    };
  };
  const onAnswer = (status: number, body: string, sent: { item: AnswerItem }) => ledger.record(status, body, sent.item);

  const closed: { health: ClosedLoopResult[]; answers: ClosedLoopResult[]; reference: ClosedLoopResult[] } = { health: [], answers: [], reference: [] };
  let referenceSequence = 0;
  for (const connections of plan.closedConnections) {
    log(`▶ Closed loop: GET /api/health, ${connections} connection(s) (${elapsed()})`);
    const health = { baseUrl: server.baseUrl, connections, next: () => ({ method: "GET" as const, path: "/api/health" }) };
    await runClosedLoop({ ...health, durationS: plan.healthSeconds.warmup });
    closed.health.push(await runClosedLoop({ ...health, durationS: plan.healthSeconds.measure }));
  }
  // The reference and the app take turns at each connection count, so both see the same moment's machine.
  for (const connections of plan.closedConnections) {
    log(`▶ Closed loop: reference POST /api/answer, ${connections} connection(s) (${elapsed()})`);
    const inserts = { baseUrl: reference.baseUrl, connections, next: () => referenceInsertRequest(referenceSequence++) };
    await runClosedLoop({ ...inserts, durationS: plan.answerSeconds.warmup });
    closed.reference.push(await runClosedLoop({ ...inserts, durationS: plan.answerSeconds.measure }));
    log(`▶ Closed loop: POST answers, ${connections} connection(s) (${elapsed()})`);
    const answers = { baseUrl: server.baseUrl, connections, next: answerRequest, onResponse: onAnswer };
    await runClosedLoop({ ...answers, durationS: plan.answerSeconds.warmup });
    closed.answers.push(await runClosedLoop({ ...answers, durationS: plan.answerSeconds.measure }));
  }

  let scaleOut: ScaleOutResult | null = null;
  if (withPostgres) {
    scaleOut = await measureScaleOut({
      workload,
      cookies,
      distDir,
      authSecret: AUTH_SECRET,
      ports: PORTS,
      connections: 50,
      warmupS: plan.answerSeconds.warmup,
      durationS: plan.answerSeconds.measure,
      sqlite: { server, next: answerRequest, onResponse: onAnswer },
      log,
    });
  }

  const open: { learners: number; result: OpenLoopResult; withinBudget: boolean }[] = [];
  for (const learners of plan.openLoopLearners) {
    await sleep(plan.pauseSeconds * 1000);
    const rate = learners / plan.thinkSeconds;
    log(`▶ Open loop: ${learners} learners → ${rate} answers/s for ${plan.openLoopSeconds} s (${elapsed()})`);
    const result = await runOpenLoop({
      host: "127.0.0.1",
      port,
      ratePerSecond: rate,
      durationS: plan.openLoopSeconds,
      next: answerRequest,
      onResponse: onAnswer,
      random,
    });
    const failures = Object.values(result.errors).reduce((a, b) => a + b, 0) + nonOk(result.statuses);
    const withinBudget = failures === 0 && result.latency.p95 <= plan.p95BudgetMs;
    open.push({ learners, result, withinBudget });
    // Past the budget every further step only queues deeper.
    if (!withinBudget) break;
  }

  // Memory after as many answers as planned, next to the reference's after as many inserts (10 connections each).
  const moreAnswers = Math.max(0, plan.rssAnswers - ledger.acknowledged.size);
  if (moreAnswers > 0) {
    log(`▶ Memory: ${moreAnswers} more answers, and the reference up to ${plan.rssAnswers} inserts, at 10 connections (${elapsed()})`);
    await runClosedLoop({ baseUrl: server.baseUrl, connections: 10, durationS: 0, amount: moreAnswers, next: answerRequest, onResponse: onAnswer });
    const moreInserts = Math.max(0, plan.rssAnswers - referenceSequence);
    if (moreInserts > 0) await runClosedLoop({ baseUrl: reference.baseUrl, connections: 10, durationS: 0, amount: moreInserts, next: () => referenceInsertRequest(referenceSequence++) });
  }
  const memory = {
    answersServed: ledger.acknowledged.size,
    rssMiB: processGroupRssMiB(server.pid),
    referenceRequests: referenceSequence,
    referenceRssMiB: processGroupRssMiB(reference.pid),
  };
  log(`▶ Stopping the servers and checking every acknowledged answer (${elapsed()})`);
  await reference.stop();
  await server.stop();
  const verify = createPrismaClient(serverDbUrl);
  const ledgerCheck = ledger.check(await storedAnswerKeys(verify), rowsBefore);
  await verify.$disconnect();
  removeDatabaseFiles(PROFILE_DB_FILE);

  const report: BenchReport = {
    plan,
    closed,
    open,
    inserts,
    profile,
    memory,
    ledger: ledgerCheck,
    sampleErrors: ledger.sampleErrors,
    seconds: (performance.now() - started) / 1000,
    machine: { cores: cpus().length, loadBefore, loadAfter: loadavg()[0] ?? 0 },
    whatIf,
  };
  printReport(report, log);
  if (scaleOut) printScaleOut(scaleOut, log);
  log(JSON.stringify({ ...summaryOf(report), ...(scaleOut ? { scaleOut } : {}) }));
  if (cpuProfile) log(`CPU profile of the server: ${path.relative(process.cwd(), path.join(BENCH_DIR, "cpu-profile"))}/ (npx tsx scripts/bench/summarize-cpu-profile.ts <file>)`);
  return ledgerCheck.lost > 0 || (scaleOut?.lost ?? 0) > 0 ? 1 : 0;
}

function nonOk(statuses: Record<string, number>): number {
  return Object.entries(statuses).reduce((sum, [status, count]) => (status.startsWith("2") ? sum : sum + count), 0);
}

runBenchProcess(main, () => [server, reference]);
