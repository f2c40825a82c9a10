import "server-only";
import type { Question } from "@/lib/domain/generation/question-types";
import { summarizeAttempt, type AttemptSummary } from "@/lib/domain/scoring";
import { getQuestionsByIds } from "@/lib/server/services/question-bank";
import type { QuizAttemptState } from "./get-attempt";
import type { StoredQuizAnswer } from "./stored-answer";

export interface AttemptResultItem {
  question: Question;
  /** Null when the attempt was finished before this question was answered. */
  answer: StoredQuizAnswer | null;
}

export interface AttemptResults {
  summary: AttemptSummary;
  /** Time spent answering (each answer's clamped time), not wall-clock time including breaks. */
  activeTimeMs: number;
  items: AttemptResultItem[];
  missed: AttemptResultItem[];
}

/** The end screen: score, time and every missed question with its answer and source. */
export async function getAttemptResults(state: QuizAttemptState): Promise<AttemptResults> {
  const questions = await getQuestionsByIds(state.questionIds);
  const answers = new Map(state.answers.map((a) => [a.questionId, a]));
  const items = questions.map((question) => ({ question, answer: answers.get(question.id) ?? null }));
  const summary = summarizeAttempt(state.answers, questions, {
    startedAt: state.startedAt,
    ...(state.finishedAt ? { finishedAt: state.finishedAt } : {}),
  });
  const missedIds = new Set(summary.missed);
  return {
    summary,
    activeTimeMs: state.answers.reduce((sum, a) => sum + a.timeMs, 0),
    items,
    missed: items.filter((item) => missedIds.has(item.question.id)),
  };
}
