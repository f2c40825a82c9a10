import "server-only";
import type { Question } from "@/lib/domain/generation/question-types";
import { lessonHref } from "@/lib/domain/content/lesson-link";
import { answerTimeMs, previousAnswerAt } from "@/lib/domain/quiz";
import { acceptAnswer, gradeAnswer, type AnswerResponse } from "@/lib/domain/scoring";
import { db } from "@/lib/server/db";
import { getQuestion } from "@/lib/server/services/question-bank";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { QuizError } from "@/lib/domain/quiz/quiz-error";
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
  correct: boolean;
  /** 0..1; fractional only for chronology. */
  score: number;
  expected: string | string[];
  quote: string;
  lessonHref: string;
  answered: number;
  total: number;
  finished: boolean;
  /** True when this was a resubmission of the answer already stored (nothing new was written). */
  duplicate: boolean;
}

function resultOf(
  question: Question,
  answer: Pick<StoredQuizAnswer, "correct" | "score">,
  progress: { answered: number; total: number; finished: boolean },
  duplicate: boolean,
): SubmitAnswerResult {
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

/**
 * Grades and records one answer. The hot path is one read of the attempt (with its answers) alongside one read
 * of the question, then one write. First write wins: the same answer again returns the stored one; a different
 * one is an AnswerConflictError (409). The unique (attemptId, questionId) index settles concurrent submissions.
 */
export async function submitAnswer(userId: string, input: SubmitAnswerInput, now: Date = new Date()): Promise<SubmitAnswerResult> {
  const [attempt, question] = await Promise.all([
    db.quizAttempt.findUnique({
      where: { id: input.attemptId },
      select: { userId: true, startedAt: true, finishedAt: true, questions: attemptQuestionsInOrder, answers: { select: answerColumns } },
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
  if (accepted.status === "duplicate") {
    const finished = attempt.finishedAt !== null || storedRows.length >= total;
    return resultOf(question, accepted.answer, { answered: storedRows.length, total, finished }, true);
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
    return resultOf(question, winner.answer, { answered, total, finished }, true);
  }
  return resultOf(question, grade, { answered, total, finished }, false);
}
