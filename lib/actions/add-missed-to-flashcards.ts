"use server";

import { z } from "zod";
import { requireUser } from "@/lib/server/auth/session";
import { addMissedToFlashcards as addMissed, type AddMissedResult } from "@/lib/server/services/quiz/add-missed-to-flashcards";
import { QuizError } from "@/lib/server/services/quiz/quiz-error";
import type { FormResult } from "./form-result";

export type AddMissedState = FormResult<AddMissedResult> | null;

const inputSchema = z.object({ attemptId: z.string().min(1).max(200) });

/** "Add missed questions to my flashcards" on the end screen; repeating it adds nothing. */
export async function addMissedToFlashcards(_previous: AddMissedState, formData: FormData): Promise<AddMissedState> {
  const parsed = inputSchema.safeParse({ attemptId: formData.get("attemptId") });
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "This quiz can’t be found." };
  const user = await requireUser(`/quiz/${encodeURIComponent(parsed.data.attemptId)}`);
  try {
    return { ok: true, data: await addMissed(user.id, parsed.data.attemptId) };
  } catch (error) {
    if (error instanceof QuizError) return { ok: false, fieldErrors: {}, formError: error.message };
    throw error;
  }
}
