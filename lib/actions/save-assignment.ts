"use server";

import { redirect } from "next/navigation";
import { assignmentFormSchema } from "@/lib/domain/assignments/inputs";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { withNotice } from "@/lib/domain/classes/notices";
import { requireRole } from "@/lib/server/auth/session";
import { saveAssignment as saveAssignmentUseCase } from "@/lib/server/services/assignments/save-assignment";
import { currentUserZone } from "@/lib/server/user-zone";
import { fieldErrorsOf, NOT_A_FORM, type FormResult } from "./form-result";

/** What was typed, echoed back so the form keeps it after a refusal. */
export type AssignmentFormValues = Record<string, string | string[]>;
export type SaveAssignmentState = (FormResult & { values?: AssignmentFormValues }) | null;

const LISTS = new Set(["documentIds", "kinds", "questionIds"]);

function valuesOf(formData: FormData): AssignmentFormValues {
  const values: AssignmentFormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue; // React's own action fields
    values[key] = LISTS.has(key) ? formData.getAll(key).map(String) : String(formData.get(key) ?? "");
  }
  for (const key of LISTS) values[key] ??= [];
  return values;
}

/** Create a draft or save one nobody has started; dates are read in the teacher's own time zone. */
export async function saveAssignment(_previous: SaveAssignmentState, formData: unknown): Promise<SaveAssignmentState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const values = valuesOf(formData);
  const assignmentId = typeof values.assignmentId === "string" && values.assignmentId ? values.assignmentId : undefined;
  const user = await requireRole("teacher", assignmentId ? `/teach/assignments/${encodeURIComponent(assignmentId)}` : "/teach");
  const { timeZone } = await currentUserZone();
  const parsed = assignmentFormSchema(timeZone).safeParse({
    ...values,
    shuffleQuestions: values.shuffleQuestions === "on",
    shuffleChoices: values.shuffleChoices === "on",
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  let saved;
  try {
    saved = await saveAssignmentUseCase(user.id, parsed.data, assignmentId);
  } catch (error) {
    if (error instanceof ClassError) return { ok: false, fieldErrors: {}, formError: error.message, values };
    throw error;
  }
  redirect(withNotice(`/teach/assignments/${encodeURIComponent(saved.assignmentId)}`, { notice: "assignment-saved" }));
}
