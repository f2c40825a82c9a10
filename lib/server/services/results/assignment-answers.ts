import "server-only";
import { Prisma } from "@/lib/generated/prisma/sqlite/client";
import { isoInstant } from "@/lib/domain/results/iso-instant";
import { db, dbProvider } from "@/lib/server/db";

// Reads of an assignment's answer rows for a big class. Each attempt's answers come back as one JSON array, built
// (and ordered) by the database: a few dozen rows instead of thousands, where the drivers' and Prisma's per-row
// mapping cost far more than the query. The two dialects differ only in the aggregate's name; both give text,
// parsed here once per attempt. Quoted names and bound parameters run alike on SQLite and PostgreSQL (the sql
// tag is the same runtime for both generated clients).

/** A heatmap cell: what an attempt scored on a question. */
export interface AnswerCell {
  correct: boolean;
  score: number;
}

/** One answer as the answers CSV prints it; `position` is the question's place in the assignment (0-based). */
export interface AttemptAnswer {
  position: number;
  correct: boolean;
  score: number;
  responseJson: string;
  timeMs: number;
  /** ISO 8601 UTC, as Date#toISOString writes it. */
  answeredAt: string;
}

// SQLite may hand back a boolean as 0/1, PostgreSQL as a boolean (dates: see isoInstant).
const asBoolean = (value: unknown) => value === true || value === 1 || value === 1n || value === "1" || value === "true";

/**
 * Each attempt's answers as one JSON array of `columns` per answer (q: QuizAnswer, plus what `join` adds), in `order`:
 * `[{ attemptId, answers: "[[…], …]" }]`.
 */
async function answersByAttempt(
  attemptIds: readonly string[],
  columns: Prisma.Sql,
  join: Prisma.Sql = Prisma.empty,
  order: Prisma.Sql = Prisma.empty,
): Promise<{ attemptId: string; answers: string }[]> {
  const from = Prisma.sql`FROM "QuizAnswer" q ${join} WHERE q."attemptId" IN (${Prisma.join([...attemptIds])}) GROUP BY q."attemptId"`;
  return db.$queryRaw(
    dbProvider === "postgresql"
      ? Prisma.sql`SELECT q."attemptId", json_agg(json_build_array(${columns}) ${order})::text AS "answers" ${from}`
      : Prisma.sql`SELECT q."attemptId", json_group_array(json_array(${columns}) ${order}) AS "answers" ${from}`,
  );
}

/** What each of these attempts scored on each question (the heatmap's cells), by attempt, then question id. */
export async function loadAnswerCells(attemptIds: readonly string[]): Promise<Map<string, Map<string, AnswerCell>>> {
  const byAttempt = new Map<string, Map<string, AnswerCell>>();
  if (attemptIds.length === 0) return byAttempt;
  for (const row of await answersByAttempt(attemptIds, Prisma.sql`q."questionId", q."correct", q."score"`)) {
    const cells = new Map<string, AnswerCell>();
    for (const [questionId, correct, score] of JSON.parse(row.answers) as [string, unknown, number][]) cells.set(questionId, { correct: asBoolean(correct), score: Number(score) });
    byAttempt.set(String(row.attemptId), cells);
  }
  return byAttempt;
}

/**
 * The answers given in these attempts of the assignment, per attempt in the assignment's question order; answers to
 * questions no longer in the assignment are left out.
 */
export async function loadAttemptAnswers(assignmentId: string, attemptIds: readonly string[]): Promise<Map<string, AttemptAnswer[]>> {
  const byAttempt = new Map<string, AttemptAnswer[]>();
  if (attemptIds.length === 0) return byAttempt;
  const rows = await answersByAttempt(
    attemptIds,
    Prisma.sql`aq."position", q."correct", q."score", q."responseJson", q."timeMs", q."answeredAt"`,
    Prisma.sql`JOIN "AssignmentQuestion" aq ON aq."assignmentId" = ${assignmentId} AND aq."questionId" = q."questionId"`,
    Prisma.sql`ORDER BY aq."position"`,
  );
  for (const row of rows) {
    const answers = JSON.parse(row.answers) as [number, unknown, number, string, number, unknown][];
    byAttempt.set(
      String(row.attemptId),
      answers.map(([position, correct, score, responseJson, timeMs, answeredAt]) => ({
        position, correct: asBoolean(correct), score: Number(score), responseJson: String(responseJson), timeMs: Number(timeMs), answeredAt: isoInstant(answeredAt),
      })),
    );
  }
  return byAttempt;
}
