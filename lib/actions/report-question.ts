"use server";

import { reportQuestionSchema } from "@/lib/domain/library/inputs";
import { requireUser } from "@/lib/server/auth/session";
import { reportQuestion as reportQuestionUseCase } from "@/lib/server/services/library/report-question";
import { fieldErrorsOf, formFailureOf, NOT_A_FORM, type FormResult } from "./form-result";

export type ReportQuestionState = FormResult | null;

/** A learner reports a problem with a question they were shown (quiz feedback, flashcard back). */
export async function reportQuestion(_previous: ReportQuestionState, formData: FormData): Promise<ReportQuestionState> {
  const user = await requireUser();
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = reportQuestionSchema.safeParse({
    questionId: formData.get("questionId"),
    reason: formData.get("reason") ?? "",
    comment: formData.get("comment") ?? "",
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await reportQuestionUseCase(user.id, parsed.data, new Date());
  } catch (error) {
    return formFailureOf(error);
  }
  return { ok: true, data: undefined };
}
