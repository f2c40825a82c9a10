import "server-only";
import type { Question } from "@/lib/domain/generation/question-types";
import { lessonHref } from "@/lib/domain/content/lesson-link";
import { answerTimeMs, previousAnswerAt } from "@/lib/domain/quiz";
import { acceptAnswer, gradeAnswer, type AnswerResponse } from "@/lib/domain/scoring";
import { db } from "@/lib/server/db";
import { getQuestion } from "@/lib/server/services/question-bank";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { QuizError } from "@/lib/domain/quiz/quiz-error";
import { loadAttemptRules, refuseAnswerAfterTime } from "@/lib/server/services/assignments/attempt-rules";
import { attemptQuestionsInOrder } from "./attempt-questions";
import { answerColumns, toStoredAnswer, type StoredQuizAnswer } from "./stored-answer";

export interface SubmitAnswerInput {
  attemptId: string;
  questionId: string;
  response: AnswerResponse;
  /** Accepted for retries, but not stored: the (attempt, question) pair and the response identify a retry. */
  clientSubmissionId?: string;
}

export interface SubmitAnswerResult {
  /** Null (like score, expected, quote and lessonHref) when an assignment shows answers only later. */
  correct: boolean | null;
  /** 0..1; fractional only for chronology. */
  score: number | null;
  expected: string | string[] | null;
  quote: string | null;
  lessonHref: string | null;
  answered: number;
  total: number;
  finished: boolean;
  /** True when this was a resubmission of the answer already stored (nothing new was written). */
  duplicate: boolean;
}

type Progress = { answered: number; total: number; finished: boolean };

function resultOf(question: Question, answer: Pick<StoredQuizAnswer, "correct" | "score">, progress: Progress, duplicate: boolean): SubmitAnswerResult {
  return {
    correct: answer.correct,
    score: answer.score,
    expected: Array.isArray(question.answer) ? [...question.answer] : question.answer,
    quote: question.source.quote,
    lessonHref: lessonHref(question.source),
    ...progress,
    duplicate,
  };
}

function hiddenResult(progress: Progress, duplicate: boolean): SubmitAnswerResult {
  return { correct: null, score: null, expected: null, quote: null, lessonHref: null, ...progress, duplicate };
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

/**
 * Grades and records one answer. The hot path is one read of the attempt (with its answers) alongside one read
 * of the question, then one write. First write wins: the same answer again returns the stored one; a different
 * one is an AnswerConflictError (409). The unique (attemptId, questionId) index settles concurrent submissions.
 */
export async function submitAnswer(userId: string, input: SubmitAnswerInput, now: Date = new Date()): Promise<SubmitAnswerResult> {
  const [attempt, question] = await Promise.all([
    db.quizAttempt.findUnique({
      where: { id: input.attemptId },
      select: {
        userId: true,
        startedAt: true,
        finishedAt: true,
        assignmentId: true,
        deadlineAt: true,
        questions: attemptQuestionsInOrder,
        answers: { select: answerColumns },
      },
    }),
    getQuestion(input.questionId),
  ]);
  if (!attempt) throw new QuizError("attempt-not-found");
  if (attempt.userId !== userId) throw new QuizError("not-your-attempt");
  const questionIds = attempt.questions.map((q) => q.questionId);
  if (!questionIds.includes(input.questionId)) throw new QuizError("question-not-in-attempt");
  if (!question) throw new QuizError("question-not-found");

  // An ungradable response is a 400 whether or not the question was answered before.
  const grade = gradeAnswer(question, input.response);
  const inAttempt = new Set(questionIds);
  const storedRows = attempt.answers.filter((a) => inAttempt.has(a.questionId));
  // Only this question's stored answer can make the submission a duplicate or a conflict: parse that one alone.
  const sameQuestion = storedRows.filter((a) => a.questionId === input.questionId).map((a) => toStoredAnswer(input.attemptId, a));
  const total = questionIds.length;
  const submission = { attemptId: input.attemptId, questionId: input.questionId, response: input.response };

  const accepted = acceptAnswer(sameQuestion, submission);
  // An assignment's answers count only within its time; its review rule decides what the reply reveals.
  const rules = attempt.assignmentId ? await assignmentRulesFor(input.attemptId, attempt, userId, now, accepted.status) : null;
  const reply = (answer: Pick<StoredQuizAnswer, "correct" | "score">, progress: Progress, duplicate: boolean) =>
    rules && !rules.feedbackEachAnswer ? hiddenResult(progress, duplicate) : resultOf(question, answer, progress, duplicate);
  if (accepted.status === "duplicate") {
    const finished = attempt.finishedAt !== null || storedRows.length >= total;
    return reply(accepted.answer, { answered: storedRows.length, total, finished }, true);
  }
  if (attempt.finishedAt) throw new QuizError("attempt-finished");

  const timeMs = answerTimeMs(previousAnswerAt(attempt.startedAt, storedRows.map((a) => a.answeredAt)), now);
  const answered = storedRows.length + 1;
  const finished = answered >= total;
  const create = db.quizAnswer.create({
    data: {
      attemptId: input.attemptId,
      questionId: input.questionId,
      responseJson: JSON.stringify(input.response),
      correct: grade.correct,
      score: grade.score,
      timeMs,
      answeredAt: now,
    },
    select: { id: true },
  });
  try {
    if (finished) {
      // The last answer and the attempt's finish land together or not at all.
      await db.$transaction([
        create,
        db.quizAttempt.updateMany({ where: { id: input.attemptId, finishedAt: null }, data: { finishedAt: now } }),
      ]);
    } else {
      await create;
    }
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent submission for this question won the race: judge ours against what it stored.
    const row = await db.quizAnswer.findUnique({
      where: { attemptId_questionId: { attemptId: input.attemptId, questionId: input.questionId } },
      select: answerColumns,
    });
    if (!row) throw error;
    // Same answer: the stored one is returned; a different one throws AnswerConflictError.
    const winner = acceptAnswer([toStoredAnswer(input.attemptId, row)], submission);
    if (winner.status !== "duplicate") throw error;
    return reply(winner.answer, { answered, total, finished }, true);
  }
  return reply(grade, { answered, total, finished }, false);
}
