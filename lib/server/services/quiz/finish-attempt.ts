import "server-only";
import { db } from "@/lib/server/db";
import { loadOwnedAttempt } from "./get-attempt";

/**
 * "Finish now": closes the caller's attempt; unanswered questions count as missed.
 * Finishing twice is harmless (the first finishedAt stands). Answering the last question finishes too (submit-answer).
 */
export async function finishAttempt(userId: string, attemptId: string, now: Date = new Date()): Promise<{ finishedAt: Date }> {
  const state = await loadOwnedAttempt(userId, attemptId);
  if (state.finishedAt) return { finishedAt: state.finishedAt };
  await db.quizAttempt.updateMany({ where: { id: attemptId, finishedAt: null }, data: { finishedAt: now } });
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { finishedAt: true } });
  return { finishedAt: row.finishedAt ?? now };
}
