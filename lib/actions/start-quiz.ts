"use server";

import { redirect } from "next/navigation";
import { startQuizSchema } from "@/lib/domain/quiz";
import { requireUser } from "@/lib/server/auth/session";
import { startAttempt } from "@/lib/server/services/quiz/start-attempt";
import { fieldErrorsOf, formFailureOf, type FormResult, NOT_A_FORM } from "@/lib/actions/form-result";

/** What was submitted, echoed back so the form (which React resets after an action) keeps the learner's choices. */
export interface StartQuizValues {
  scope: string;
  count: number;
  kinds: string[];
}
export type StartQuizState = (FormResult & { values?: StartQuizValues }) | null;

/** The start form: on success, goes to the new attempt (noting a short bank); otherwise field errors. */
export async function startQuiz(_previous: StartQuizState, formData: unknown): Promise<StartQuizState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const user = await requireUser("/quiz");
  const values = {
    scope: String(formData.get("scope") ?? ""),
    count: Number(formData.get("count") ?? 0),
    kinds: formData.getAll("kinds").map(String),
  };
  const parsed = startQuizSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  let started;
  try {
    started = await startAttempt(user.id, parsed.data);
  } catch (error) {
    return { ...formFailureOf(error), values };
  }
  redirect(`/quiz/${started.attemptId}${started.short ? `?requested=${started.requested}` : ""}`);
}
