// Where one answer's time goes, measured in this process against a copy of the bench database: the route's
// POST handler called directly (session decode, zod, grading, Prisma, SQLite), each SQL statement it sends, and
// the session JWT decode on its own. The HTTP numbers minus these are Next's routing and the network stack.
import { decode as decodeSession } from "next-auth/jwt";
import { performance } from "node:perf_hooks";
import type { AnswerItem, AnswerQueue } from "./answer-workload";
import { summarizeLatencies, type LatencySummary } from "./latency-stats";
import { installSqlRecorder, type RecordedStatement } from "./sql-recorder";

export interface PathProfile {
  answers: number;
  /** In-process answers per second, one after another (no HTTP). */
  answersPerSecond: number;
  /** next-auth's decode of the session cookie (part of the handler time). */
  sessionDecode: LatencySummary;
  /** The route's POST, start to Response. */
  handler: LatencySummary;
  /** Mean per answer. */
  statementsPerAnswer: number;
  sqlMsPerAnswer: number;
  /** Handler time not spent inside SQLite: session decode, Prisma's query building and result mapping, zod, grading, JSON. */
  jsMsPerAnswer: number;
  /** Statements of one mid-attempt answer and of one attempt-finishing answer, for the report. */
  typicalStatements: RecordedStatement[];
  finishingStatements: RecordedStatement[];
  statementsByKind: Record<string, number>;
  finishing: { answers: number; handlerMeanMs: number; statementsPerAnswer: number };
  /** The same one-row write through the app's Prisma client alone (db.quizAnswer.create). */
  prismaCreate: { rowsPerSecond: number; statementsPerCreate: number; meanMs: number };
  /** Each read the path makes, alone through the app's Prisma client: mean ms per call (statements per call). */
  reads: { question: CallCost; attemptWithAnswers: CallCost; healthCount: CallCost };
  /** Re-opening the connection after a transaction (libsql drops it) and re-running the app's pragmas, mean ms. */
  reconnectMs: number;
}

export interface CallCost {
  meanMs: number;
  statements: number;
  sqlMs: number;
}

function kindOf(sql: string): string {
  const word = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? "?";
  return word === "PRAGMA" || sql.includes("PRAGMA") ? "PRAGMA" : word;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export async function profileAnswerPath(options: {
  queue: AnswerQueue;
  cookies: Map<string, string>;
  secret: string;
  answers: number;
  warmup: number;
}): Promise<PathProfile> {
  const recorder = installSqlRecorder();
  // Loaded only now: these bind the app's `db` to DATABASE_URL (the profile copy, see bench-environment.ts).
  const { POST } = await import("../../app/api/quiz/attempts/[attemptId]/answers/route");
  const { db } = await import("../../lib/server/db");

  const requestOf = (item: AnswerItem) =>
    new Request(`http://127.0.0.1/api/quiz/attempts/${item.attemptId}/answers`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: options.cookies.get(item.userId) ?? "" },
      body: item.body,
    });

  const answerOnce = async (item: AnswerItem) => {
    const token = (options.cookies.get(item.userId) ?? "").split("=")[1] ?? "";
    const t0 = performance.now();
    await decodeSession({ token, secret: options.secret });
    const t1 = performance.now();
    const request = requestOf(item);
    recorder.take();
    recorder.recording = true;
    const t2 = performance.now();
    const response = await POST(request, { params: Promise.resolve({ attemptId: item.attemptId }) });
    const t3 = performance.now();
    recorder.recording = false;
    if (response.status !== 200) throw new Error(`In-process answer failed: ${response.status} ${await response.text()}`);
    return { decodeMs: t1 - t0, handlerMs: t3 - t2, statements: recorder.take() };
  };

  for (let i = 0; i < options.warmup; i++) await answerOnce(options.queue.take());

  const decode: number[] = [];
  const handler: number[] = [];
  const perAnswer: RecordedStatement[][] = [];
  const finishing: { handlerMs: number; statements: RecordedStatement[] }[] = [];
  const byKind: Record<string, number> = {};
  let typical: RecordedStatement[] = [];
  const measured: AnswerItem[] = [];
  const started = performance.now();
  for (let i = 0; i < options.answers; i++) {
    const item = options.queue.take();
    measured.push(item);
    const run = await answerOnce(item);
    decode.push(run.decodeMs);
    handler.push(run.handlerMs);
    perAnswer.push(run.statements);
    for (const statement of run.statements) byKind[kindOf(statement.sql)] = (byKind[kindOf(statement.sql)] ?? 0) + 1;
    if (item.finishes) finishing.push(run);
    else if (typical.length === 0) typical = run.statements;
  }
  const elapsedS = (performance.now() - started) / 1000;
  const sqlMs = perAnswer.map((statements) => statements.reduce((sum, s) => sum + s.ms, 0));
  const pragmas = perAnswer.flat().filter((s) => kindOf(s.sql) === "PRAGMA");

  // Each read alone, on pairs the loop above used (so attempts hold a realistic number of answers).
  const sampleItems = measured.slice(0, Math.min(200, measured.length));
  const costOf = async (call: (item: AnswerItem) => Promise<unknown>): Promise<CallCost> => {
    recorder.take();
    recorder.recording = true;
    const start = performance.now();
    for (const item of sampleItems) await call(item);
    const total = performance.now() - start;
    recorder.recording = false;
    const statements = recorder.take();
    return {
      meanMs: total / sampleItems.length,
      statements: statements.length / sampleItems.length,
      sqlMs: statements.reduce((sum, st) => sum + st.ms, 0) / sampleItems.length,
    };
  };
  const healthCount = await costOf(() => db.user.count());
  const question = await costOf((item) => db.question.findUnique({ where: { id: item.questionId }, select: { payloadJson: true } }));
  const attemptWithAnswers = await costOf((item) =>
    db.quizAttempt.findUnique({
      where: { id: item.attemptId },
      select: {
        userId: true,
        startedAt: true,
        finishedAt: true,
        questions: { select: { questionId: true }, orderBy: { position: "asc" } },
        answers: { select: { questionId: true, responseJson: true, correct: true, score: true, timeMs: true, answeredAt: true } },
      },
    }),
  );

  // The bare write the route ends in, through the same client: fresh pairs, one after another.
  const creates = Math.max(50, Math.floor(options.answers / 2));
  recorder.take();
  recorder.recording = true;
  const createStart = performance.now();
  for (let i = 0; i < creates; i++) {
    const item = options.queue.take();
    await db.quizAnswer.create({
      data: { attemptId: item.attemptId, questionId: item.questionId, responseJson: '"x"', correct: false, score: 0, timeMs: 1000, answeredAt: new Date() },
      select: { id: true },
    });
  }
  const createMs = performance.now() - createStart;
  recorder.recording = false;
  const createStatements = recorder.take().length;
  await db.$disconnect();

  return {
    answers: options.answers,
    answersPerSecond: options.answers / elapsedS,
    sessionDecode: summarizeLatencies(decode),
    handler: summarizeLatencies(handler),
    statementsPerAnswer: mean(perAnswer.map((s) => s.length)),
    sqlMsPerAnswer: mean(sqlMs),
    jsMsPerAnswer: mean(handler) - mean(sqlMs),
    typicalStatements: typical,
    finishingStatements: finishing[0]?.statements ?? [],
    statementsByKind: Object.fromEntries(Object.entries(byKind).map(([kind, n]) => [kind, n / options.answers])),
    finishing: {
      answers: finishing.length,
      handlerMeanMs: mean(finishing.map((f) => f.handlerMs)),
      statementsPerAnswer: mean(finishing.map((f) => f.statements.length)),
    },
    prismaCreate: { rowsPerSecond: (creates * 1000) / createMs, statementsPerCreate: createStatements / creates, meanMs: createMs / creates },
    reads: { question, attemptWithAnswers, healthCount },
    reconnectMs: mean(pragmas.map((s) => s.ms)),
  };
}
