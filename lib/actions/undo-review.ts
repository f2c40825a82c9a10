"use server";

import { z } from "zod";
import { requireUser } from "@/lib/server/auth/session";
import { FlashcardNotFoundError, StaleCardError } from "@/lib/server/services/flashcards/flashcard-errors";
import { getStudySession } from "@/lib/server/services/flashcards/study-session";
import { currentUserZone } from "@/lib/server/user-zone";
import type { StudyActionResult } from "@/lib/server/services/flashcards/study-view";
import { undoReview as restoreCard } from "@/lib/server/services/flashcards/undo-review";

const undoReviewSchema = z.object({
  reviewLogId: z.string().min(1).max(64),
  lesson: z.string().min(1).max(200).nullable(),
});

/** Undoes the caller's own latest review and shows that card again. */
export async function undoReview(input: z.input<typeof undoReviewSchema>): Promise<StudyActionResult> {
  const user = await requireUser("/study");
  const parsed = undoReviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", message: "That undo couldn’t be read.", session: null };
  const { reviewLogId, lesson } = parsed.data;
  const now = new Date();
  try {
    const { cardId } = await restoreCard(user.id, reviewLogId);
    return { ok: true, session: await getStudySession(user.id, { documentId: lesson }, now, { showCardId: cardId, zone: await currentUserZone() }) };
  } catch (error) {
    if (error instanceof StaleCardError || error instanceof FlashcardNotFoundError) {
      return {
        ok: false,
        reason: "stale",
        message: "That review was already undone or the card has changed since, so nothing was undone.",
        session: await getStudySession(user.id, { documentId: lesson }, now, { zone: await currentUserZone() }),
      };
    }
    throw error;
  }
}
