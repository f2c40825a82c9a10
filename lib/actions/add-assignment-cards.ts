"use server";

import { NOT_A_FORM } from "@/lib/actions/form-result";
import { addAssignmentCardsSchema } from "@/lib/domain/results/inputs";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { requireUser } from "@/lib/server/auth/session";
import { addAssignmentCards as addCards, type AddedCards } from "@/lib/server/services/results/add-assignment-cards";
import type { FormResult } from "./form-result";

export type AddAssignmentCardsState = FormResult<AddedCards> | null;

/** "Add to my flashcards" on a student's assignment results: missed questions, or a spaced target's questions. */
export async function addAssignmentCards(_previous: AddAssignmentCardsState, formData: unknown): Promise<AddAssignmentCardsState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = addAssignmentCardsSchema.safeParse({ assignmentId: formData.get("assignmentId") });
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "This assignment can’t be found." };
  const user = await requireUser(`/assignments/${encodeURIComponent(parsed.data.assignmentId)}/results`);
  try {
    return { ok: true, data: await addCards(user.id, parsed.data.assignmentId, new Date()) };
  } catch (error) {
    if (error instanceof ClassError) return { ok: false, fieldErrors: {}, formError: error.message };
    throw error;
  }
}
