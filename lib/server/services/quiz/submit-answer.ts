import "server-only";
import { AppError } from "@/lib/domain/errors/app-error";
import { answerResultOf } from "@/lib/domain/quiz/answer-result";
import { answerTimeMs, previousAnswerAt } from "@/lib/domain/quiz";
import { QuizError } from "@/lib/domain/quiz/quiz-error";
import type { AnswerResultView } from "@/lib/domain/quiz/views";
import type { Question } from "@/lib/domain/generation/question-types";
import { acceptAnswer, gradeAnswer, type AnswerResponse } from "@/lib/domain/scoring";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { loadAttemptRules, refuseAnswerAfterTime } from "@/lib/server/services/assignments/attempt-rules";
import { getQuestion } from "@/lib/server/services/question-bank";
import { toStoredAnswer, type StoredQuizAnswer } from "@/lib/server/services/quiz/stored-answer";

export interface SubmitAnswerInput {
  attemptId: string;
  questionId: string;
  response: AnswerResponse;
  /** The client's id for this submission: a retry with the same id returns the answer already recorded. */
  clientSubmissionId?: string;
}

/** What an assignment that shows answers only later replies: the progress, nothing about correctness. */
export interface HiddenAnswerResult {
  questionId: string;
  correct: null;
  score: null;
  expected: null;
  pairs: null;
  quote: null;
  lessonHref: null;
  response: AnswerResponse;
  answered: number;
  total: number;
  finished: boolean;
}

export type SubmitAnswerResult = (AnswerResultView | HiddenAnswerResult) & {
  /** True when this was a resubmission of the answer already stored (nothing new was written). */
  duplicate: boolean;
};

type Progress = { answered: number; total: number; finished: boolean };
type RecordedAnswer = { response: AnswerResponse; correct: boolean; score: number };

function hiddenResultOf(question: Question, answer: RecordedAnswer, progress: Progress): HiddenAnswerResult {
  const response = typeof answer.response === "string" ? answer.response : [...answer.response];
  return { questionId: question.id, correct: null, score: null, expected: null, pairs: null, quote: null, lessonHref: null, response, ...progress };
}

/** A retry of a stored answer is answered as before; a new answer after the time is up is refused (and closes the attempt). */
async function assignmentRulesFor(
  attemptId: string,
  attempt: { assignmentId: string | null; deadlineAt: Date | null },
  userId: string,
  now: Date,
  status: "duplicate" | "new",
) {
  const target = { id: attemptId, ...attempt };
  return status === "duplicate" ? loadAttemptRules(target, userId, now) : refuseAnswerAfterTime(target, userId, now);
}

/** Everything grading and recording one answer needs, read in one statement (see readAnswerContext). */
interface AnswerContext {
  sessionVersion: number;
  attempt: { userId: string; startedAt: Date; finishedAt: Date | null; assignmentId: string | null; deadlineAt: Date | null } | null;
  /** Questions in the attempt, and whether this question is one of them. */
  total: number;
  asked: boolean;
  /** Answers stored for the attempt's questions, and the latest one's time. */
  answered: number;
  lastAnsweredAt: Date | null;
  /** This question's stored answer, if any. */
  stored: StoredQuizAnswer | null;
}

type ContextRow = {
  sessionVersion: unknown;
  ownerId: string | null;
  startedAt: unknown;
  finishedAt: unknown;
  assignmentId: string | null;
  deadlineAt: unknown;
  total: unknown;
  asked: unknown;
  answered: unknown;
  lastAnsweredAt: unknown;
  responseJson: string | null;
  correct: unknown;
  score: unknown;
  timeMs: unknown;
  answeredAt: unknown;
  clientSubmissionId: string | null;
};

// Raw rows differ by database: counts are bigints on PostgreSQL, booleans are 0/1 and computed times are text on SQLite.
const dateOf = (value: unknown): Date | null => (value === null || value === undefined ? null : value instanceof Date ? value : new Date(value as string | number));
const booleanOf = (value: unknown) => value === true || value === 1 || value === 1n || value === "1";

/**
 * One statement for the caller's session version, the attempt, its question count, its progress and this question's
 * stored answer: the user row is read with every answer (a session revoked by another process is refused at once).
 */
async function readAnswerContext(userId: string, attemptId: string, questionId: string): Promise<AnswerContext | null> {
  const rows = await db.$queryRaw<ContextRow[]>`
    SELECT u."sessionVersion" AS "sessionVersion", a."userId" AS "ownerId", a."startedAt", a."finishedAt", a."assignmentId", a."deadlineAt",
      (SELECT COUNT(*) FROM "QuizAttemptQuestion" q WHERE q."attemptId" = a."id") AS "total",
      (SELECT COUNT(*) FROM "QuizAttemptQuestion" q WHERE q."attemptId" = a."id" AND q."questionId" = ${questionId}) AS "asked",
      (SELECT COUNT(*) FROM "QuizAnswer" s JOIN "QuizAttemptQuestion" q ON q."attemptId" = s."attemptId" AND q."questionId" = s."questionId"
        WHERE s."attemptId" = a."id") AS "answered",
      (SELECT MAX(s."answeredAt") FROM "QuizAnswer" s JOIN "QuizAttemptQuestion" q ON q."attemptId" = s."attemptId" AND q."questionId" = s."questionId"
        WHERE s."attemptId" = a."id") AS "lastAnsweredAt",
      same."responseJson", same."correct", same."score", same."timeMs", same."answeredAt", same."clientSubmissionId"
    FROM "User" u
    LEFT JOIN "QuizAttempt" a ON a."id" = ${attemptId}
    LEFT JOIN "QuizAnswer" same ON same."attemptId" = a."id" AND same."questionId" = ${questionId}
    WHERE u."id" = ${userId}`;
  const row = rows[0];
  if (!row) return null;
  const attempt =
    row.ownerId === null
      ? null
      : { userId: row.ownerId, startedAt: dateOf(row.startedAt)!, finishedAt: dateOf(row.finishedAt), assignmentId: row.assignmentId, deadlineAt: dateOf(row.deadlineAt) };
  const stored =
    row.responseJson === null
      ? null
      : toStoredAnswer(attemptId, {
          questionId,
          responseJson: row.responseJson,
          correct: booleanOf(row.correct),
          score: Number(row.score),
          timeMs: Number(row.timeMs),
          answeredAt: dateOf(row.answeredAt)!,
          clientSubmissionId: row.clientSubmissionId,
        });
  return {
    sessionVersion: Number(row.sessionVersion),
    attempt,
    total: Number(row.total),
    asked: Number(row.asked) > 0,
    answered: Number(row.answered),
    lastAnsweredAt: dateOf(row.lastAnsweredAt),
    stored,
  };
}

/**
 * Grades and records one answer. The hot path is one read (readAnswerContext) with the question from this process's
 * copy of the bank, then one write transaction. First write wins: the same answer (or the same clientSubmissionId)
 * again returns the stored one; a different one is an AnswerConflictError (409). The unique (attemptId, questionId)
 * index settles concurrent submissions. The answer that completes the attempt finishes it in the same transaction,
 * so every reader can trust finishedAt. An assignment's rules decide whether the answer still counts and what the
 * reply reveals. With `session`, the caller's session version is checked in the same read (401 when revoked).
 */
export async function submitAnswer(
  userId: string,
  input: SubmitAnswerInput,
  now: Date = new Date(),
  session?: { version: number },
): Promise<SubmitAnswerResult> {
  const { attemptId, questionId } = input;
  const [context, question] = await Promise.all([readAnswerContext(userId, attemptId, questionId), getQuestion(questionId)]);
  if (session && (!context || context.sessionVersion !== session.version)) throw new AppError("unauthenticated", "Sign in to answer.");
  const attempt = context?.attempt;
  if (!context || !attempt) throw new QuizError("attempt-not-found");
  if (attempt.userId !== userId) throw new QuizError("not-your-attempt");
  if (!context.asked) throw new QuizError("question-not-in-attempt");
  if (!question) throw new QuizError("question-not-found");

  // An ungradable response is a 400 whether or not the question was answered before.
  const grade = gradeAnswer(question, input.response);
  // Only this question's stored answer can make the submission a duplicate or a conflict.
  const sameQuestion = context.stored ? [context.stored] : [];
  const total = context.total;
  const submission = { attemptId, questionId, response: input.response, clientSubmissionId: input.clientSubmissionId };

  const accepted = acceptAnswer(sameQuestion, submission);
  // An assignment's answers count only within its time; its review rule decides what the reply reveals.
  const rules = attempt.assignmentId ? await assignmentRulesFor(attemptId, attempt, userId, now, accepted.status) : null;
  const reply = (answer: RecordedAnswer, progress: Progress, duplicate: boolean): SubmitAnswerResult =>
    rules && !rules.feedbackEachAnswer
      ? { ...hiddenResultOf(question, answer, progress), duplicate }
      : { ...answerResultOf(question, answer, progress), duplicate };
  if (accepted.status === "duplicate") {
    const progress = { answered: context.answered, total, finished: attempt.finishedAt !== null };
    return reply(accepted.answer, progress, true);
  }
  if (attempt.finishedAt) throw new QuizError("attempt-finished");

  const timeMs = answerTimeMs(previousAnswerAt(attempt.startedAt, context.lastAnsweredAt ? [context.lastAnsweredAt] : []), now);
  try {
    const [, , finish] = await db.$transaction([
      // Takes the attempt's row first, so on PostgreSQL a concurrent answer to the same attempt waits and the
      // finish below sees every committed answer (SQLite has one writer anyway).
      db.quizAttempt.updateMany({ where: { id: attemptId }, data: { startedAt: attempt.startedAt } }),
      db.quizAnswer.create({
        data: {
          attemptId,
          questionId,
          responseJson: JSON.stringify(input.response),
          correct: grade.correct,
          score: grade.score,
          timeMs,
          answeredAt: now,
          clientSubmissionId: input.clientSubmissionId ?? null,
        },
        select: { id: true },
      }),
      // Finished when every question of the attempt has an answer: counted inside the answer's transaction, one
      // index probe per question (the unique attemptId+questionId index), whatever the planner knows.
      db.$executeRaw`
        UPDATE "QuizAttempt" SET "finishedAt" = ${now}
        WHERE "id" = ${attemptId} AND "finishedAt" IS NULL AND NOT EXISTS (
          SELECT 1 FROM "QuizAttemptQuestion" q WHERE q."attemptId" = ${attemptId} AND NOT EXISTS (
            SELECT 1 FROM "QuizAnswer" s WHERE s."attemptId" = ${attemptId} AND s."questionId" = q."questionId"))`,
    ]);
    const progress = { answered: context.answered + 1, total, finished: finish === 1 };
    return reply({ ...grade, response: input.response }, progress, false);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent submission for this question won the race: judge ours against what it stored.
    const after = await readAnswerContext(userId, attemptId, questionId);
    // Same answer: the stored one is returned; a different one throws AnswerConflictError.
    const winner = acceptAnswer(after?.stored ? [after.stored] : [], submission);
    if (winner.status !== "duplicate") throw error;
    const progress = { answered: after?.answered ?? 0, total, finished: (after?.attempt?.finishedAt ?? null) !== null };
    return reply(winner.answer, progress, true);
  }
}
