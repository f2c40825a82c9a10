import "server-only";
import { randomUUID } from "node:crypto";
import type { QuestionKind } from "@/lib/domain/generation/question-types";
import { formatQuizScope, parseQuizScope, selectQuizQuestions } from "@/lib/domain/quiz";
import { db } from "@/lib/server/db";
import { listActiveQuestions } from "@/lib/server/services/question-bank";
import { QuizError } from "@/lib/domain/quiz/quiz-error";
import { questionRows } from "./attempt-questions";
import { documentsVisibleTo } from "@/lib/server/services/library/document-visibility";

export interface StartAttemptInput {
  scope: string;
  count: number;
  kinds: QuestionKind[];
}

export interface StartedAttempt {
  attemptId: string;
  total: number;
  requested: number;
  /** Fewer questions matched than were asked for. */
  short: boolean;
}

/** Picks the questions (fixed for the attempt's life, so resuming shows the same quiz) and saves the attempt. */
export async function startAttempt(userId: string, input: StartAttemptInput, now: Date = new Date()): Promise<StartedAttempt> {
  const scope = parseQuizScope(input.scope);
  if (!scope) throw new QuizError("no-questions");
  const bank = await listActiveQuestions(documentsVisibleTo(userId), {
    ...(scope.type === "lesson" ? { documentId: scope.documentId } : {}),
    kinds: input.kinds,
  });
  // The attempt id doubles as the shuffle seed: the order is reproducible from the row alone.
  const attemptId = randomUUID();
  const selection = selectQuizQuestions({ questions: bank, scope, kinds: input.kinds, count: input.count, seed: attemptId });
  if (selection.questions.length === 0) throw new QuizError("no-questions");
  await db.quizAttempt.create({
    data: {
      id: attemptId,
      userId,
      scope: formatQuizScope(scope),
      startedAt: now,
      questions: { create: questionRows(selection.questions.map((q) => q.id)) },
    },
    select: { id: true },
  });
  return { attemptId, total: selection.questions.length, requested: selection.requested, short: selection.short };
}
