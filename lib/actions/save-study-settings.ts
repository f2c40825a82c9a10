"use server";

import { studySettingsSchema } from "@/lib/domain/flashcards/inputs";
import type { StudySettings } from "@/lib/domain/flashcards/views";
import { requireUser } from "@/lib/server/auth/session";
import { updateStudySettings } from "@/lib/server/services/flashcards/study-settings";
import { fieldErrorsOf, type FormResult, NOT_A_FORM } from "@/lib/actions/form-result";

/** "" and missing become NaN so the schema's own message ("Choose a retention from …") is shown. */
function numberField(value: FormDataEntryValue | null): number {
  return typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
}

/** The settings form: saves the caller's own settings, or returns a message for each field out of range. */
export async function saveStudySettings(formData: unknown): Promise<FormResult<StudySettings>> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const user = await requireUser("/settings");
  const parsed = studySettingsSchema.safeParse({
    desiredRetention: numberField(formData.get("desiredRetention")),
    newCardsPerDay: numberField(formData.get("newCardsPerDay")),
    // An unchecked checkbox is simply absent from the form.
    keyboardShortcuts: formData.get("keyboardShortcuts") === "on",
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return { ok: true, data: await updateStudySettings(user.id, parsed.data) };
}
