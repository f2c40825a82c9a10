"use server";

import { rateCardSchema, type RateCardRequest } from "@/lib/domain/flashcards/inputs";
import type { StudyActionResult } from "@/lib/domain/flashcards/views";
import { publicErrorOf } from "@/lib/domain/errors/app-error";
import { requireUser } from "@/lib/server/auth/session";
import { rateCard } from "@/lib/server/services/flashcards/rate-card";
import { getStudySession } from "@/lib/server/services/flashcards/study-session";
import { getStudySettings } from "@/lib/server/services/flashcards/study-settings";
import { currentUserZone } from "@/lib/server/user-zone";

/** Rates the shown card (only the caller's own card, only at the version they saw) and returns the next one. */
export async function rateAndShowNext(input: RateCardRequest): Promise<StudyActionResult> {
  const user = await requireUser("/study");
  const parsed = rateCardSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid-input", message: "That rating couldn’t be read.", session: null };
  const { lesson, ...rating } = parsed.data;
  const now = new Date();
  // Read once: the rating's scheduler and the next card's intervals use the same settings.
  const [settings, zone] = await Promise.all([getStudySettings(user.id), currentUserZone()]);
  const nextSession = () => getStudySession(user.id, { documentId: lesson }, now, { zone, settings });
  try {
    await rateCard(user.id, rating, now, settings);
  } catch (error) {
    const known = publicErrorOf(error);
    if (!known) throw error;
    // Another tab got there first: show where the deck really is now.
    const session = known.code === "stale-card" ? await nextSession() : null;
    return { ok: false, code: known.code, message: known.message, session };
  }
  return { ok: true, session: await nextSession() };
}
