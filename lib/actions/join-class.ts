"use server";

import { redirect } from "next/navigation";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { joinClassSchema } from "@/lib/domain/classes/inputs";
import { withNotice } from "@/lib/domain/classes/notices";
import { requireUser } from "@/lib/server/auth/session";
import { joinClass as joinClassUseCase } from "@/lib/server/services/classes/join-class";
import { fieldErrorsOf, NOT_A_FORM, type FormResult } from "./form-result";

export type JoinClassState = (FormResult & { values?: { code: string } }) | null;

/** Join by code (the form on /classes, or the button on a join link); lands on the student's assigned work. */
export async function joinClass(_previous: JoinClassState, formData: unknown): Promise<JoinClassState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = { code: String(formData.get("code") ?? "") };
  const user = await requireUser(`/classes`);
  const parsed = joinClassSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await joinClassUseCase(user, parsed.data.code);
  } catch (error) {
    if (error instanceof ClassError) return { ok: false, fieldErrors: { code: [error.message] }, values };
    throw error;
  }
  redirect(withNotice("/classes", { notice: "joined-class" }));
}
