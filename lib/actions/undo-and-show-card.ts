"use server";

import { publicErrorOf } from "@/lib/domain/errors/app-error";
import { undoReviewSchema, type UndoReviewRequest } from "@/lib/domain/flashcards/inputs";
import type { StudyActionResult } from "@/lib/domain/flashcards/views";
import { requireUser } from "@/lib/server/auth/session";
import { getStudySession } from "@/lib/server/services/flashcards/study-session";
import { undoReview } from "@/lib/server/services/flashcards/undo-review";
import { currentUserZone } from "@/lib/server/user-zone";

/** Undoes the caller's own latest review and shows that card again. */
export async function undoAndShowCard(input: UndoReviewRequest): Promise<StudyActionResult> {
  const user = await requireUser("/study");
  const parsed = undoReviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid-input", message: "That undo couldn’t be read.", session: null };
  const { reviewLogId, lesson } = parsed.data;
  const now = new Date();
  const zone = await currentUserZone();
  try {
    const { cardId } = await undoReview(user.id, reviewLogId);
    return { ok: true, session: await getStudySession(user.id, { documentId: lesson }, now, { showCardId: cardId, zone }) };
  } catch (error) {
    const known = publicErrorOf(error);
    if (!known) throw error;
    // Undone already, or the card moved on in another tab: nothing changed; show the deck as it is.
    return { ok: false, code: known.code, message: known.message, session: await getStudySession(user.id, { documentId: lesson }, now, { zone }) };
  }
}
