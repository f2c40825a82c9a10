// The readable tables and the one-line JSON summary.
import type { LedgerCheck } from "./answer-ledger";
import type { PathProfile } from "./answer-profile";
import type { BenchPlan } from "./bench-plan";
import type { ClosedLoopResult } from "./closed-loop";
import type { InsertRate } from "./insert-baseline";
import type { OpenLoopResult } from "./open-loop";
import { formatRatio, sameRunRatios } from "./same-run-ratio";

const THROUGHPUT_TARGET_RATIO = 0.9;
const LEARNERS_TARGET = 2_000;
const RSS_TARGET_MIB = 400;

export interface BenchReport {
  plan: BenchPlan;
  /** `reference`: the bare calibrate app's POST /api/answer (one Prisma insert), measured in turn with the answers. */
  closed: { health: ClosedLoopResult[]; answers: ClosedLoopResult[]; reference: ClosedLoopResult[] };
  open: { learners: number; result: OpenLoopResult; withinBudget: boolean }[];
  inserts: InsertRate[];
  profile: PathProfile;
  /** The server's resident memory after `answersServed` answers; the reference's after `referenceRequests` inserts. */
  memory: { answersServed: number; rssMiB: number | null; referenceRequests: number; referenceRssMiB: number | null };
  ledger: LedgerCheck;
  sampleErrors: string[];
  seconds: number;
  /** 1-minute load averages: above the core count, other work shared the CPU and every figure is pessimistic. */
  machine: { cores: number; loadBefore: number; loadAfter: number };
  /** A bench-only patch that was preloaded (e.g. "synchronous-normal"), or null for the app as shipped. */
  whatIf: string | null;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : "–");
const rate = (value: number) => value.toFixed(0);
const counts = (record: Record<string, number>) =>
  Object.keys(record).length === 0 ? "0" : Object.entries(record).map(([key, n]) => `${key}×${n}`).join(" ");
const non2xx = (statuses: Record<string, number>) => Object.fromEntries(Object.entries(statuses).filter(([status]) => !status.startsWith("2")));

function table(rows: string[][], log: (line: string) => void): void {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  for (const row of rows) log(`  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ")}`);
}

/** Same moment, 1 connection: /api/health minus its COUNT plus one Prisma create ≈ a bare one-row insert route. */
function insertRouteEstimate(report: BenchReport): { insertRouteMs: number; healthMs: number; answerMs: number; ratio: number } | null {
  const health = report.closed.health.find((r) => r.connections === 1);
  const answers = report.closed.answers.find((r) => r.connections === 1);
  if (!health || !answers || health.okPerSecond <= 0 || answers.okPerSecond <= 0) return null;
  const healthMs = 1000 / health.okPerSecond;
  const insertRouteMs = healthMs - report.profile.reads.healthCount.meanMs + report.profile.prismaCreate.meanMs;
  const answerMs = 1000 / answers.okPerSecond;
  return { insertRouteMs, healthMs, answerMs, ratio: insertRouteMs / answerMs };
}

function bestAnswerRate(report: BenchReport): number {
  return Math.max(0, ...report.closed.answers.map((r) => r.okPerSecond));
}

function largestLearners(report: BenchReport): number {
  let largest = 0;
  for (const step of report.open) {
    if (!step.withinBudget) break;
    largest = step.learners;
  }
  return largest;
}

export function printReport(report: BenchReport, log: (line: string) => void): void {
  const { plan, profile, machine } = report;
  log("");
  if (report.whatIf) log(`WHAT-IF ${report.whatIf}: these figures are NOT the app as shipped`);
  // The bench itself adds about 2 to the load, so only the load before it started says whether others were busy.
  const busy = machine.loadBefore > machine.cores * 0.75;
  log(
    `Machine: ${machine.cores} cores, load average ${machine.loadBefore.toFixed(1)} before / ${machine.loadAfter.toFixed(1)} at the end (incl. this bench)${busy ? " — other work was running: figures are pessimistic; rerun when idle" : ""}`,
  );
  log(`Closed loop (answers: ${plan.answerSeconds.measure} s after ${plan.answerSeconds.warmup} s warm-up; health: ${plan.healthSeconds.measure} s after ${plan.healthSeconds.warmup} s)`);
  table(
    [
      ["endpoint", "conns", "ok/s", "p50 ms", "p95 ms", "p99 ms", "non-2xx", "errors"],
      ...report.closed.reference.map((r) => ["reference POST /api/answer (1 insert)", String(r.connections), rate(r.okPerSecond), ms(r.latency.p50), ms(r.latency.p95), ms(r.latency.p99), counts(non2xx(r.statuses)), String(r.errors)]),
      ...report.closed.health.map((r) => ["GET /api/health (1 COUNT)", String(r.connections), rate(r.okPerSecond), ms(r.latency.p50), ms(r.latency.p95), ms(r.latency.p99), counts(non2xx(r.statuses)), String(r.errors)]),
      ...report.closed.answers.map((r) => ["POST …/answers", String(r.connections), rate(r.okPerSecond), ms(r.latency.p50), ms(r.latency.p95), ms(r.latency.p99), counts(non2xx(r.statuses)), String(r.errors)]),
    ],
    log,
  );

  log("");
  log(`Open loop (Poisson arrivals; each learner answers once every ${plan.thinkSeconds} s; ${plan.openLoopSeconds} s per step; latency from the scheduled send time)`);
  table(
    [
      ["learners", "target/s", "sent/s", "p50 ms", "p95 ms", "p99 ms", "non-2xx", "errors", "send lag p99", "max in flight", `p95≤${plan.p95BudgetMs} & 0 err`],
      ...report.open.map(({ learners, result: r, withinBudget }) => [
        String(learners),
        rate(r.targetRate),
        rate(r.achievedRate),
        ms(r.latency.p50),
        ms(r.latency.p95),
        ms(r.latency.p99),
        counts(non2xx(r.statuses)),
        counts(r.errors),
        `${ms(r.sendLagP99)} ms`,
        String(r.maxInFlight),
        withinBudget ? "yes" : "NO",
      ]),
    ],
    log,
  );

  log("");
  log("Baselines on this machine (not through the app):");
  for (const insert of report.inserts) log(`  ${insert.label}: ${rate(insert.insertsPerSecond)}/s (${insert.meanMs.toFixed(2)} ms each)`);
  log(`  Prisma db.quizAnswer.create, 1 row, in-process: ${rate(profile.prismaCreate.rowsPerSecond)}/s (${profile.prismaCreate.meanMs.toFixed(2)} ms, ${profile.prismaCreate.statementsPerCreate.toFixed(1)} SQL statements each)`);

  log("");
  log(`Where one answer's time goes (in-process, ${profile.answers} answers one after another, no HTTP):`);
  log(`  ${rate(profile.answersPerSecond)} answers/s; session JWT decode p50 ${ms(profile.sessionDecode.p50)} ms; handler p50 ${ms(profile.handler.p50)} ms / p95 ${ms(profile.handler.p95)} ms`);
  log(`  per answer: ${profile.statementsPerAnswer.toFixed(1)} SQL statements (${counts(Object.fromEntries(Object.entries(profile.statementsByKind).map(([k, v]) => [k, Number(v.toFixed(2))])))}) taking ${profile.sqlMsPerAnswer.toFixed(2)} ms in SQLite; ${profile.jsMsPerAnswer.toFixed(2)} ms in JS (Prisma, zod, grading)`);
  const cost = (c: PathProfile["reads"]["question"]) => `${c.meanMs.toFixed(2)} ms (${c.statements.toFixed(0)} stmt, ${c.sqlMs.toFixed(2)} ms in SQLite)`;
  log(
    `  each call alone: question read ${cost(profile.reads.question)}; attempt+answers read ${cost(profile.reads.attemptWithAnswers)}; answer insert ${profile.prismaCreate.meanMs.toFixed(2)} ms; session decode ${profile.sessionDecode.p50.toFixed(2)} ms`,
  );
  log(`  reconnect after each transaction (new libsql connection + pragmas): ${profile.reconnectMs.toFixed(2)} ms`);
  log(`  attempt-finishing answers: ${profile.finishing.answers}, ${profile.finishing.statementsPerAnswer.toFixed(1)} statements, handler mean ${profile.finishing.handlerMeanMs.toFixed(2)} ms`);
  const show = (label: string, statements: PathProfile["typicalStatements"]) => {
    log(`  ${label}:`);
    for (const s of statements) log(`    ${s.ms.toFixed(2).padStart(6)} ms  ${s.sql.replace(/\s+/g, " ").slice(0, 110)}`);
  };
  show("statements of a mid-attempt answer", profile.typicalStatements);
  show("statements of an attempt-finishing answer", profile.finishingStatements);

  const estimate = insertRouteEstimate(report);
  if (estimate) {
    log(
      `  estimate, 1 connection: a bare insert route now ≈ ${estimate.insertRouteMs.toFixed(2)} ms (health ${estimate.healthMs.toFixed(2)} − its COUNT ${profile.reads.healthCount.meanMs.toFixed(2)} + a create ${profile.prismaCreate.meanMs.toFixed(2)}) ≈ ${rate(1000 / estimate.insertRouteMs)}/s; an answer takes ${estimate.answerMs.toFixed(2)} ms → ${estimate.ratio.toFixed(2)}× its throughput`,
    );
  }

  const { ledger } = report;
  log("");
  log(
    `Answers: ${ledger.acknowledged} acknowledged (2xx), ${ledger.newRows} new rows, lost ${ledger.lost}, stored but unacknowledged ${ledger.storedUnacknowledged}, duplicate acks ${ledger.duplicates}; non-2xx by status: ${counts(ledger.non2xxByStatus)}`,
  );
  for (const sample of report.sampleErrors) log(`  e.g. ${sample}`);

  const summary = summaryOf(report);
  log("");
  const ratios = summary.ratios.map((r) => `${r.connections} conn ${rate(r.app)}/${rate(r.reference)} = ${formatRatio(r.ratio)}`).join("; ");
  log(`Target 1 — answers/s ≥ ${THROUGHPUT_TARGET_RATIO}× the bare insert route in this run: ${ratios} → ${summary.throughputTargetMet ? "met" : "NOT met"}`);
  log(`Target 2 — ≥ ${LEARNERS_TARGET} learners at p95 ≤ ${plan.p95BudgetMs} ms, 0 errors: largest ${summary.largestLearnersWithinBudget} → ${summary.learnersTargetMet ? "met" : "NOT met"}`);
  const rss = report.memory.rssMiB;
  const mib = (value: number | null) => (value === null ? "unknown" : `${value.toFixed(0)} MiB`);
  log(
    `Memory — server RSS ≤ ${RSS_TARGET_MIB} MiB: ${mib(rss)} after ${report.memory.answersServed} answers${report.memory.answersServed < 20_000 ? " (fewer than 20,000)" : ""}; the reference ${mib(report.memory.referenceRssMiB)} after ${report.memory.referenceRequests} inserts`,
  );
  log(`Lost answers: ${ledger.lost} → ${ledger.lost === 0 ? "OK" : "FAILED"}   (run took ${report.seconds.toFixed(0)} s)`);
  log("");
}

export function summaryOf(report: BenchReport) {
  const answersPerSecond = bestAnswerRate(report);
  const largest = largestLearners(report);
  const ratios = sameRunRatios(report.closed.answers, report.closed.reference, THROUGHPUT_TARGET_RATIO);
  const closed = (rows: ClosedLoopResult[]) =>
    rows.map((r) => ({ connections: r.connections, okPerSecond: Math.round(r.okPerSecond), p50: r.latency.p50, p95: r.latency.p95, p99: r.latency.p99, non2xx: non2xx(r.statuses), errors: r.errors }));
  return {
    bench: "answers",
    whatIf: report.whatIf,
    answersPerSecond: Math.round(answersPerSecond),
    /** Answers/s ÷ the bare insert route's inserts/s, per connection count, same run. */
    ratios,
    throughputTargetMet: ratios.length > 0 && ratios.every((r) => r.met),
    /** Against an estimate of a bare insert route at this same moment (1 connection); see the report. */
    sameMomentInsertRatioEstimate: insertRouteEstimate(report)?.ratio ?? null,
    largestLearnersWithinBudget: largest,
    learnersTargetMet: largest >= LEARNERS_TARGET,
    lost: report.ledger.lost,
    closed: { reference: closed(report.closed.reference), health: closed(report.closed.health), answers: closed(report.closed.answers) },
    memory: report.memory,
    open: report.open.map(({ learners, result: r, withinBudget }) => ({
      learners,
      targetRate: r.targetRate,
      achievedRate: Math.round(r.achievedRate * 10) / 10,
      p50: Math.round(r.latency.p50 * 10) / 10,
      p95: Math.round(r.latency.p95 * 10) / 10,
      p99: Math.round(r.latency.p99 * 10) / 10,
      non2xx: non2xx(r.statuses),
      errors: r.errors,
      withinBudget,
    })),
    baselines: {
      ...Object.fromEntries(report.inserts.map((i) => [i.label, Math.round(i.insertsPerSecond)])),
      prismaCreatePerSecond: Math.round(report.profile.prismaCreate.rowsPerSecond),
      inProcessAnswersPerSecond: Math.round(report.profile.answersPerSecond),
    },
    profile: {
      statementsPerAnswer: report.profile.statementsPerAnswer,
      sqlMsPerAnswer: report.profile.sqlMsPerAnswer,
      jsMsPerAnswer: report.profile.jsMsPerAnswer,
      sessionDecodeP50Ms: report.profile.sessionDecode.p50,
    },
    ledger: report.ledger,
    machine: report.machine,
    seconds: Math.round(report.seconds),
  };
}
