import "server-only";
import type { Question } from "@/lib/domain/generation/question-types";
import { currentQuestionIndex } from "@/lib/domain/quiz";
import { db } from "@/lib/server/db";
import { getQuestion } from "@/lib/server/services/question-bank";
import { QuizError } from "@/lib/domain/quiz/quiz-error";
import { closeIfTimeIsUp, loadAttemptRules, type AssignmentAttemptRules } from "@/lib/server/services/assignments/attempt-rules";
import { attemptQuestionsInOrder } from "@/lib/server/services/quiz/attempt-questions";
import { answerColumns, toStoredAnswer, type StoredQuizAnswer } from "@/lib/server/services/quiz/stored-answer";

export interface QuizAttemptState {
  id: string;
  scope: string;
  startedAt: Date;
  finishedAt: Date | null;
  /** Set for an attempt at an assignment. */
  assignmentId: string | null;
  deadlineAt: Date | null;
  /** Fixed at the start, in the order asked. */
  questionIds: string[];
  /** In the order given. */
  answers: StoredQuizAnswer[];
  total: number;
  answeredCount: number;
  /** Index of the first unanswered question; null when every question is answered. */
  currentIndex: number | null;
  finished: boolean;
}

/** The attempt, if it exists and is the caller's: the ownership check every quiz use case starts with. */
export async function loadOwnedAttempt(userId: string, attemptId: string): Promise<QuizAttemptState> {
  const row = await db.quizAttempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true,
      userId: true,
      scope: true,
      startedAt: true,
      finishedAt: true,
      assignmentId: true,
      deadlineAt: true,
      questions: attemptQuestionsInOrder,
      answers: { select: answerColumns, orderBy: { answeredAt: "asc" } },
    },
  });
  if (!row) throw new QuizError("attempt-not-found");
  if (row.userId !== userId) throw new QuizError("not-your-attempt");
  const questionIds = row.questions.map((q) => q.questionId);
  const inAttempt = new Set(questionIds);
  const answers = row.answers.filter((a) => inAttempt.has(a.questionId)).map((a) => toStoredAnswer(row.id, a));
  const currentIndex = currentQuestionIndex(questionIds, answers.map((a) => a.questionId));
  return {
    id: row.id,
    scope: row.scope,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    assignmentId: row.assignmentId,
    deadlineAt: row.deadlineAt,
    questionIds,
    answers,
    total: questionIds.length,
    answeredCount: answers.length,
    currentIndex,
    finished: row.finishedAt !== null,
  };
}

export interface ResumableAttempt extends QuizAttemptState {
  /** The question to show now; null when the attempt is finished. */
  current: { index: number; question: Question } | null;
  /** The assignment's rules for an assignment attempt; null for self-study. */
  assignment: AssignmentAttemptRules | null;
}

/** State for showing or resuming an attempt: the current question is the first unanswered one. */
export async function getAttempt(userId: string, attemptId: string, now: Date = new Date()): Promise<ResumableAttempt> {
  const state = await loadOwnedAttempt(userId, attemptId);
  const assignment = await loadAttemptRules(state, userId, now);
  // An assignment attempt whose time ran out is submitted with what was answered, at the moment time ran out.
  if (assignment && !state.finished && (await closeIfTimeIsUp(state.id, assignment, now))) {
    state.finishedAt = assignment.endsAt;
    state.finished = true;
  }
  if (state.finished || state.currentIndex === null) return { ...state, current: null, assignment };
  const questionId = state.questionIds[state.currentIndex] as string;
  const question = await getQuestion(questionId);
  if (!question) throw new QuizError("question-not-found");
  return { ...state, current: { index: state.currentIndex, question }, assignment };
}

export interface UnfinishedAttempt {
  id: string;
  scope: string;
  startedAt: Date;
  answeredCount: number;
  total: number;
}

/** The caller's most recent unfinished attempt, for "resume your quiz". */
export async function findUnfinishedAttempt(userId: string): Promise<UnfinishedAttempt | null> {
  const row = await db.quizAttempt.findFirst({
    where: { userId, finishedAt: null, assignmentId: null },
    orderBy: { startedAt: "desc" },
    select: { id: true, scope: true, startedAt: true, _count: { select: { answers: true, questions: true } } },
  });
  if (!row) return null;
  return { id: row.id, scope: row.scope, startedAt: row.startedAt, answeredCount: row._count.answers, total: row._count.questions };
}
