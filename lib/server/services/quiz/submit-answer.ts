import "server-only";
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
import { attemptQuestionsInOrder } from "@/lib/server/services/quiz/attempt-questions";
import { answerColumns, toStoredAnswer } from "@/lib/server/services/quiz/stored-answer";

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

/**
 * Grades and records one answer. The hot path is one read of the attempt (with its answers) alongside one read
 * of the question, then one write transaction. First write wins: the same answer (or the same clientSubmissionId)
 * again returns the stored one; a different one is an AnswerConflictError (409). The unique (attemptId, questionId)
 * index settles concurrent submissions. The answer that completes the attempt finishes it in the same transaction,
 * so every reader can trust finishedAt. An assignment's rules decide whether the answer still counts and what the
 * reply reveals.
 */
export async function submitAnswer(userId: string, input: SubmitAnswerInput, now: Date = new Date()): Promise<SubmitAnswerResult> {
  const { attemptId, questionId } = input;
  const [attempt, question] = await Promise.all([
    db.quizAttempt.findUnique({
      where: { id: attemptId },
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
    getQuestion(questionId),
  ]);
  if (!attempt) throw new QuizError("attempt-not-found");
  if (attempt.userId !== userId) throw new QuizError("not-your-attempt");
  const questionIds = attempt.questions.map((q) => q.questionId);
  if (!questionIds.includes(questionId)) throw new QuizError("question-not-in-attempt");
  if (!question) throw new QuizError("question-not-found");

  // An ungradable response is a 400 whether or not the question was answered before.
  const grade = gradeAnswer(question, input.response);
  const inAttempt = new Set(questionIds);
  const storedRows = attempt.answers.filter((a) => inAttempt.has(a.questionId));
  // Only this question's stored answer can make the submission a duplicate or a conflict: parse that one alone.
  const sameQuestion = storedRows.filter((a) => a.questionId === questionId).map((a) => toStoredAnswer(attemptId, a));
  const total = questionIds.length;
  const submission = { attemptId, questionId, response: input.response, clientSubmissionId: input.clientSubmissionId };

  const accepted = acceptAnswer(sameQuestion, submission);
  // An assignment's answers count only within its time; its review rule decides what the reply reveals.
  const rules = attempt.assignmentId ? await assignmentRulesFor(attemptId, attempt, userId, now, accepted.status) : null;
  const reply = (answer: RecordedAnswer, progress: Progress, duplicate: boolean): SubmitAnswerResult =>
    rules && !rules.feedbackEachAnswer
      ? { ...hiddenResultOf(question, answer, progress), duplicate }
      : { ...answerResultOf(question, answer, progress), duplicate };
  if (accepted.status === "duplicate") {
    const progress = { answered: storedRows.length, total, finished: attempt.finishedAt !== null };
    return reply(accepted.answer, progress, true);
  }
  if (attempt.finishedAt) throw new QuizError("attempt-finished");

  const timeMs = answerTimeMs(previousAnswerAt(attempt.startedAt, storedRows.map((a) => a.answeredAt)), now);
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
      // Finished when every question of the attempt has an answer: counted inside the answer's transaction.
      db.quizAttempt.updateMany({
        where: { id: attemptId, finishedAt: null, questions: { every: { question: { answers: { some: { attemptId } } } } } },
        data: { finishedAt: now },
      }),
    ]);
    const progress = { answered: storedRows.length + 1, total, finished: finish.count === 1 };
    return reply({ ...grade, response: input.response }, progress, false);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent submission for this question won the race: judge ours against what it stored.
    const row = await db.quizAttempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: { finishedAt: true, answers: { select: answerColumns } },
    });
    const answers = row.answers.filter((a) => inAttempt.has(a.questionId)).map((a) => toStoredAnswer(attemptId, a));
    // Same answer: the stored one is returned; a different one throws AnswerConflictError.
    const winner = acceptAnswer(answers, submission);
    if (winner.status !== "duplicate") throw error;
    const progress = { answered: answers.length, total, finished: row.finishedAt !== null };
    return reply(winner.answer, progress, true);
  }
}
