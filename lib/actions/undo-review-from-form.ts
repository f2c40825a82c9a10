"use server";

import { redirect } from "next/navigation";
import { studyHref } from "@/lib/domain/scheduling/study-href";
import { undoAndShowCard } from "./undo-and-show-card";

/** The Undo button's POST without JavaScript: undoAndShowCard checks the caller and the input; the card is shown again. */
export async function undoReviewFromForm(formData: unknown): Promise<void> {
  if (!(formData instanceof FormData)) redirect(studyHref({ lesson: null }));
  const lesson = typeof formData.get("lesson") === "string" && formData.get("lesson") !== "" ? String(formData.get("lesson")) : null;
  const result = await undoAndShowCard({ reviewLogId: String(formData.get("reviewLogId") ?? ""), lesson });
  redirect(studyHref({ lesson, card: result.ok ? result.session.card?.cardId : null, notice: result.ok ? null : result.code }));
}
