// The bench's database: fresh file, real migrations and content, then learners and attempts inserted directly.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { DatabaseClient } from "@/lib/server/db";
import { prepareDatabase } from "../app/prepare-database";
import { pairKey, type BenchQuestion, type WorkloadPlan } from "./answer-workload";

const CHUNK = 500;

export function removeDatabaseFiles(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

/** Migrations and the content ingest, exactly as the app's own start does, without demo accounts. */
export async function prepareBenchDatabase(url: string): Promise<void> {
  await prepareDatabase({ databaseUrl: url, demoAccounts: false, log: () => undefined });
}

export async function readActiveQuestions(db: DatabaseClient): Promise<BenchQuestion[]> {
  const rows = await db.question.findMany({ where: { retiredAt: null }, select: { id: true, kind: true, payloadJson: true } });
  return rows.map((row) => {
    const payload = JSON.parse(row.payloadJson) as { answer: string | string[]; choices?: string[] };
    return { id: row.id, kind: row.kind, answer: payload.answer, choices: payload.choices ?? [] };
  });
}

async function inChunks<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** Learners (no password: they never sign in), their attempts, and the answers already given in part-done attempts. */
export async function seedWorkload(db: DatabaseClient, plan: WorkloadPlan, now: Date): Promise<void> {
  const startedAt = new Date(now.getTime() - 10 * 60_000);
  await inChunks(plan.learners, (chunk) => db.user.createMany({ data: chunk.map((learner) => ({ ...learner, role: "student" })) }));
  await inChunks(plan.attempts, (chunk) =>
    db.quizAttempt.createMany({
      data: chunk.map((attempt) => ({
        id: attempt.id,
        userId: attempt.userId,
        scope: "mixed",
        startedAt,
      })),
    }),
  );
  const attemptQuestions = plan.attempts.flatMap((attempt) =>
    attempt.questionIds.map((questionId, position) => ({ attemptId: attempt.id, position, questionId })),
  );
  await inChunks(attemptQuestions, (chunk) => db.quizAttemptQuestion.createMany({ data: chunk }));
  await inChunks(plan.preAnswers, (chunk) =>
    db.quizAnswer.createMany({
      data: chunk.map((answer) => ({
        attemptId: answer.attemptId,
        questionId: answer.questionId,
        responseJson: JSON.stringify(answer.response),
        correct: answer.correct,
        score: answer.correct ? 1 : 0,
        timeMs: 8_000,
        answeredAt: new Date(startedAt.getTime() + 60_000),
      })),
    }),
  );
}

/** A consistent copy of the whole database in one file. */
export async function copyDatabase(db: DatabaseClient, toFile: string): Promise<void> {
  removeDatabaseFiles(toFile);
  await db.$executeRawUnsafe(`VACUUM INTO '${toFile.replace(/'/g, "''")}'`);
}

export async function countAnswers(db: DatabaseClient): Promise<number> {
  return db.quizAnswer.count();
}

/** Every stored (attempt, question) pair, to check each acknowledged answer against. */
export async function storedAnswerKeys(db: DatabaseClient): Promise<Set<string>> {
  const rows = await db.quizAnswer.findMany({ select: { attemptId: true, questionId: true } });
  return new Set(rows.map((row) => pairKey(row.attemptId, row.questionId)));
}
