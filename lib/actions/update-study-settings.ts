"use server";

import { requireUser } from "@/lib/server/auth/session";
import { studySettingsSchema, updateStudySettings as saveStudySettings, type StudySettings } from "@/lib/server/services/flashcards/study-settings";
import { fieldErrorsOf, type FormResult } from "./form-result";

/** "" and missing become NaN so the schema's own message ("Choose a retention from …") is shown. */
function numberField(value: FormDataEntryValue | null): number {
  return typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
}

export async function updateStudySettings(formData: FormData): Promise<FormResult<StudySettings>> {
  const user = await requireUser("/settings");
  const parsed = studySettingsSchema.safeParse({
    desiredRetention: numberField(formData.get("desiredRetention")),
    newCardsPerDay: numberField(formData.get("newCardsPerDay")),
    // An unchecked checkbox is simply absent from the form.
    keyboardShortcuts: formData.get("keyboardShortcuts") === "on",
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return { ok: true, data: await saveStudySettings(user.id, parsed.data) };
}
