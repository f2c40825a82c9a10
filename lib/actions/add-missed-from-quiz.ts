"use server";

import { addMissedSchema } from "@/lib/domain/quiz";
import { requireUser } from "@/lib/server/auth/session";
import { addMissedToFlashcards, type AddMissedResult } from "@/lib/server/services/quiz/add-missed-to-flashcards";
import { formFailureOf, type FormResult, NOT_A_FORM } from "@/lib/actions/form-result";

export type AddMissedState = FormResult<AddMissedResult> | null;

/** "Add missed questions to my flashcards" on the end screen; repeating it adds nothing. */
export async function addMissedFromQuiz(_previous: AddMissedState, formData: unknown): Promise<AddMissedState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = addMissedSchema.safeParse({ attemptId: formData.get("attemptId") });
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "This quiz can’t be found." };
  const user = await requireUser(`/quiz/${encodeURIComponent(parsed.data.attemptId)}`);
  try {
    return { ok: true, data: await addMissedToFlashcards(user.id, parsed.data.attemptId) };
  } catch (error) {
    return formFailureOf(error);
  }
}
