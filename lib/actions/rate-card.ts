"use server";

import { z } from "zod";
import { requireUser } from "@/lib/server/auth/session";
import { FlashcardNotFoundError, StaleCardError } from "@/lib/server/services/flashcards/flashcard-errors";
import { rateCard as applyRating } from "@/lib/server/services/flashcards/rate-card";
import { getStudySession } from "@/lib/server/services/flashcards/study-session";
import { currentUserZone } from "@/lib/server/user-zone";
import type { StudyActionResult } from "@/lib/server/services/flashcards/study-view";

const rateCardSchema = z.object({
  cardId: z.string().min(1).max(64),
  expectedVersion: z.number().int().min(0),
  rating: z.enum(["again", "hard", "good", "easy"]),
  /** The lesson being studied (document id), or null for all lessons: only narrows the next card. */
  lesson: z.string().min(1).max(200).nullable(),
});

/** Rates the shown card (only the caller's own card, only at the version they saw) and returns the next one. */
export async function rateCard(input: z.input<typeof rateCardSchema>): Promise<StudyActionResult> {
  const user = await requireUser("/study");
  const parsed = rateCardSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", message: "That rating couldn’t be read.", session: null };
  const { cardId, expectedVersion, rating, lesson } = parsed.data;
  const now = new Date();
  try {
    await applyRating(user.id, { cardId, expectedVersion, rating }, now);
  } catch (error) {
    if (error instanceof StaleCardError) {
      return {
        ok: false,
        reason: "stale",
        message: "This card was already reviewed in another tab, so this rating wasn’t applied again.",
        session: await getStudySession(user.id, { documentId: lesson }, now, { zone: await currentUserZone() }),
      };
    }
    if (error instanceof FlashcardNotFoundError) {
      return { ok: false, reason: "not-found", message: "That card isn’t in your deck.", session: null };
    }
    throw error;
  }
  return { ok: true, session: await getStudySession(user.id, { documentId: lesson }, now, { zone: await currentUserZone() }) };
}
