import "server-only";
import { Prisma } from "@/lib/generated/prisma/sqlite/client";
import { isoInstant } from "@/lib/domain/results/iso-instant";
import { db, dbProvider } from "@/lib/server/db";

// Narrow reads of an assignment's answer rows in plain SQL: thousands of rows for a big class, where Prisma's
// row mapping costs more than the query. Quoted names and bound parameters run alike on SQLite and PostgreSQL
// (the sql tag is the same runtime for both generated clients).

export interface AnswerCell {
  attemptId: string;
  questionId: string;
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

function toCell(row: Record<string, unknown>): AnswerCell {
  return { attemptId: String(row.attemptId), questionId: String(row.questionId), correct: asBoolean(row.correct), score: Number(row.score) };
}

/** What each of these attempts scored on each question (the heatmap's cells). */
export async function loadAnswerCells(attemptIds: readonly string[]): Promise<AnswerCell[]> {
  if (attemptIds.length === 0) return [];
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT "attemptId", "questionId", "correct", "score" FROM "QuizAnswer" WHERE "attemptId" IN (${Prisma.join([...attemptIds])})`;
  return rows.map(toCell);
}

// Each attempt's answers come back as one JSON array per attempt, built and ordered by the database: a few dozen
// rows instead of thousands, which is most of the cost of a big class's answers file on both drivers. The two
// dialects differ only in the aggregate's name; both give text, parsed here once per attempt.
const ANSWER_COLUMNS = Prisma.sql`aq."position", q."correct", q."score", q."responseJson", q."timeMs", q."answeredAt"`;

function attemptAnswersSql(assignmentId: string, attemptIds: readonly string[]) {
  const from = Prisma.sql`FROM "QuizAnswer" q JOIN "AssignmentQuestion" aq ON aq."assignmentId" = ${assignmentId} AND aq."questionId" = q."questionId"
    WHERE q."attemptId" IN (${Prisma.join([...attemptIds])}) GROUP BY q."attemptId"`;
  return dbProvider === "postgresql"
    ? Prisma.sql`SELECT q."attemptId", json_agg(json_build_array(${ANSWER_COLUMNS}) ORDER BY aq."position")::text AS "answers" ${from}`
    : Prisma.sql`SELECT q."attemptId", json_group_array(json_array(${ANSWER_COLUMNS}) ORDER BY aq."position") AS "answers" ${from}`;
}

/**
 * The answers given in these attempts of the assignment, per attempt in the assignment's question order; answers to
 * questions no longer in the assignment are left out.
 */
export async function loadAttemptAnswers(assignmentId: string, attemptIds: readonly string[]): Promise<Map<string, AttemptAnswer[]>> {
  const byAttempt = new Map<string, AttemptAnswer[]>();
  if (attemptIds.length === 0) return byAttempt;
  const rows = await db.$queryRaw<{ attemptId: string; answers: string }[]>(attemptAnswersSql(assignmentId, attemptIds));
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
