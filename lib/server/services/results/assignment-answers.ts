import "server-only";
import { Prisma } from "@/lib/generated/prisma/sqlite/client";
import { db } from "@/lib/server/db";

// Narrow reads of an assignment's answer rows in plain SQL: thousands of rows for a big class, where Prisma's
// row mapping costs more than the query. Quoted names and bound parameters run alike on SQLite and PostgreSQL
// (the sql tag is the same runtime for both generated clients).

export interface AnswerCell {
  attemptId: string;
  questionId: string;
  correct: boolean;
  score: number;
}

export interface AnswerRow extends AnswerCell {
  responseJson: string;
  timeMs: number;
  answeredAt: Date;
}

// SQLite may hand back a boolean as 0/1 and a date as text or epoch milliseconds; PostgreSQL as boolean and Date.
const asBoolean = (value: unknown) => value === true || value === 1 || value === 1n || value === "1" || value === "true";
const asDate = (value: unknown) => (value instanceof Date ? value : new Date(typeof value === "bigint" ? Number(value) : (value as string | number)));

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

/** Every answer given in the assignment's attempts, with what the answers CSV prints. */
export async function loadAssignmentAnswers(assignmentId: string): Promise<AnswerRow[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT "attemptId", "questionId", "correct", "score", "responseJson", "timeMs", "answeredAt" FROM "QuizAnswer"
    WHERE "attemptId" IN (SELECT "id" FROM "QuizAttempt" WHERE "assignmentId" = ${assignmentId})`;
  return rows.map((row) => ({ ...toCell(row), responseJson: String(row.responseJson), timeMs: Number(row.timeMs), answeredAt: asDate(row.answeredAt) }));
}
