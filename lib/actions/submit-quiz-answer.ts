"use server";

import { redirect } from "next/navigation";
import { answerFormSchema, QuizError } from "@/lib/domain/quiz";
import { AnswerConflictError, AnswerValidationError } from "@/lib/domain/scoring";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { requireUser } from "@/lib/server/auth/session";
import { submitAnswer } from "@/lib/server/services/quiz/submit-answer";
import { fieldErrorsOf, formFailureOf, type FormResult, NOT_A_FORM } from "@/lib/actions/form-result";

export type SubmitQuizAnswerState = FormResult | null;

/**
 * The answer form, with or without JavaScript. On success it redirects to the attempt page showing this answer's
 * feedback (`?answered=<questionId>`), so the same server-rendered feedback serves both paths and survives a reload.
 * Ordering forms send the events as repeated `response` fields plus `list=1`.
 */
export async function submitQuizAnswer(_previous: SubmitQuizAnswerState, formData: unknown): Promise<SubmitQuizAnswerState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const attemptId = String(formData.get("attemptId") ?? "");
  const user = await requireUser(`/quiz/${encodeURIComponent(attemptId)}`);
  const responses = formData.getAll("response").map(String);
  const parsed = answerFormSchema.safeParse({
    attemptId,
    questionId: formData.get("questionId") ?? "",
    response: formData.get("list") === "1" ? responses : (responses[0] ?? ""),
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { questionId } = parsed.data;
  const feedbackPath = `/quiz/${encodeURIComponent(attemptId)}?answered=${encodeURIComponent(questionId)}`;
  try {
    await submitAnswer(user.id, parsed.data);
  } catch (error) {
    if (error instanceof AnswerValidationError) return formFailureOf(error, "response");
    // Answered already (another tab): show what was recorded. Finished meanwhile: show the results.
    if (error instanceof AnswerConflictError) redirect(feedbackPath);
    if (error instanceof QuizError && error.code === "attempt-finished") redirect(`/quiz/${encodeURIComponent(attemptId)}`);
    // The time limit ran out: the attempt is submitted; its page says so.
    if (error instanceof ClassError && error.code === "time-up") redirect(`/quiz/${encodeURIComponent(attemptId)}?timeup=1`);
    return formFailureOf(error);
  }
  redirect(feedbackPath);
}
