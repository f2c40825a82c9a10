"use server";

import { redirect } from "next/navigation";
import { createClassSchema } from "@/lib/domain/classes/inputs";
import { withNotice } from "@/lib/domain/classes/notices";
import { requireRole } from "@/lib/server/auth/session";
import { createClass as createClassUseCase } from "@/lib/server/services/classes/create-class";
import { fieldErrorsOf, NOT_A_FORM, type FormResult } from "./form-result";

export type CreateClassState = (FormResult & { values?: { name: string; section: string } }) | null;

/** The new-class form: a name and an optional section; goes to the new class. */
export async function createClass(_previous: CreateClassState, formData: unknown): Promise<CreateClassState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const user = await requireRole("teacher", "/teach");
  const values = { name: String(formData.get("name") ?? ""), section: String(formData.get("section") ?? "") };
  const parsed = createClassSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { classId } = await createClassUseCase(user.id, parsed.data);
  redirect(withNotice(`/teach/classes/${classId}`, { notice: "class-created" }));
}
