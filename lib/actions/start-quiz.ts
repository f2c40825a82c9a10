"use server";

import { redirect } from "next/navigation";
import { startQuizSchema } from "@/lib/domain/quiz";
import { requireUser } from "@/lib/server/auth/session";
import { QuizError } from "@/lib/server/services/quiz/quiz-error";
import { startAttempt } from "@/lib/server/services/quiz/start-attempt";
import { fieldErrorsOf, type FormResult } from "./form-result";

/** What was submitted, echoed back so the form (which React resets after an action) keeps the learner's choices. */
export interface StartQuizValues {
  scope: string;
  count: number;
  kinds: string[];
}
export type StartQuizState = (FormResult & { values?: StartQuizValues }) | null;

/** The start form: on success, goes to the new attempt (noting a short bank); otherwise field errors. */
export async function startQuiz(_previous: StartQuizState, formData: FormData): Promise<StartQuizState> {
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
    if (error instanceof QuizError && error.code === "no-questions") {
      return {
        ok: false,
        fieldErrors: {},
        formError: "No questions match that choice yet. Try more kinds of question or another topic.",
        values,
      };
    }
    throw error;
  }
  redirect(`/quiz/${started.attemptId}${started.short ? `?requested=${started.requested}` : ""}`);
}
