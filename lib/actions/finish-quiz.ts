"use server";

import { redirect } from "next/navigation";
import { AppError } from "@/lib/domain/errors/app-error";
import { finishQuizSchema } from "@/lib/domain/quiz";
import { requireUser } from "@/lib/server/auth/session";
import { finishAttempt } from "@/lib/server/services/quiz/finish-attempt";

/** "Finish now": ends the attempt early and shows the results; unanswered questions count as missed. */
export async function finishQuiz(formData: unknown): Promise<void> {
  if (!(formData instanceof FormData)) redirect("/quiz");
  const parsed = finishQuizSchema.safeParse({ attemptId: formData.get("attemptId") });
  if (!parsed.success) redirect("/quiz");
  const { attemptId } = parsed.data;
  const user = await requireUser(`/quiz/${encodeURIComponent(attemptId)}`);
  try {
    await finishAttempt(user.id, attemptId);
  } catch (error) {
    // Not found or not the caller's: back to the quiz start, showing nothing of the attempt.
    if (!(error instanceof AppError)) throw error;
    redirect("/quiz");
  }
  redirect(`/quiz/${encodeURIComponent(attemptId)}`);
}
