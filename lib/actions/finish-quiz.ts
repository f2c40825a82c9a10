"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/server/auth/session";
import { finishAttempt } from "@/lib/server/services/quiz/finish-attempt";
import { QuizError } from "@/lib/server/services/quiz/quiz-error";

const inputSchema = z.object({ attemptId: z.string().min(1).max(200) });

/** "Finish now": ends the attempt early and shows the results; unanswered questions count as missed. */
export async function finishQuiz(formData: FormData): Promise<void> {
  const parsed = inputSchema.safeParse({ attemptId: formData.get("attemptId") });
  if (!parsed.success) redirect("/quiz");
  const { attemptId } = parsed.data;
  const user = await requireUser(`/quiz/${encodeURIComponent(attemptId)}`);
  try {
    await finishAttempt(user.id, attemptId);
  } catch (error) {
    if (!(error instanceof QuizError)) throw error;
    redirect("/quiz");
  }
  redirect(`/quiz/${encodeURIComponent(attemptId)}`);
}
