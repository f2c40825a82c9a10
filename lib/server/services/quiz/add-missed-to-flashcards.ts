import "server-only";
import { summarizeAttempt } from "@/lib/domain/scoring";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { db } from "@/lib/server/db";
import { loadAttemptRules } from "@/lib/server/services/assignments/attempt-rules";
import { ensureCards } from "@/lib/server/services/cards";
import { loadOwnedAttempt } from "./get-attempt";
import { QuizError } from "@/lib/domain/quiz/quiz-error";

export interface AddMissedResult {
  /** Cards created now. */
  added: number;
  /** Missed questions in the attempt (wrong, partly wrong or unanswered). */
  missed: number;
}

/** Makes a flashcard for every question missed in a finished attempt; running it again adds nothing. */
export async function addMissedToFlashcards(userId: string, attemptId: string, now: Date = new Date()): Promise<AddMissedResult> {
  const state = await loadOwnedAttempt(userId, attemptId);
  if (!state.finished) throw new QuizError("attempt-not-finished");
  // Cards would show the correct answers: an assignment allows it only once its review rule does.
  const rules = await loadAttemptRules(state, userId, now);
  if (rules && !rules.answersVisibleWhenFinished) throw new ClassError("answers-hidden");
  const { missed } = summarizeAttempt(state.answers, state.questionIds.map((id) => ({ id })));
  // A question removed from the bank since cannot hold a card.
  const existing = await db.question.findMany({ where: { id: { in: missed } }, select: { id: true } });
  const ids = existing.map((q) => q.id);
  return { added: await ensureCards(userId, ids, now), missed: missed.length };
}
