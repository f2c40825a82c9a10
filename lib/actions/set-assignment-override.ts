"use server";

import { redirect } from "next/navigation";
import { overrideFormSchema } from "@/lib/domain/assignments/inputs";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { withNotice } from "@/lib/domain/classes/notices";
import { requireRole } from "@/lib/server/auth/session";
import { setOverride } from "@/lib/server/services/assignments/set-override";
import { currentUserZone } from "@/lib/server/user-zone";
import { fieldErrorsOf, NOT_A_FORM, type FormResult } from "./form-result";

export type OverrideState = FormResult | null;

/** One student's accommodations on the teacher's assignment (due date, time limit, attempts). */
export async function setAssignmentOverride(_previous: OverrideState, formData: unknown): Promise<OverrideState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const assignmentId = String(formData.get("assignmentId") ?? "");
  const path = `/teach/assignments/${encodeURIComponent(assignmentId)}`;
  const user = await requireRole("teacher", path);
  const { timeZone } = await currentUserZone();
  const parsed = overrideFormSchema(timeZone).safeParse({
    assignmentId,
    studentId: formData.get("studentId") ?? "",
    dueAt: formData.get("dueAt") ?? "",
    timeLimitMinutes: formData.get("timeLimitMinutes") ?? "",
    attemptsAllowed: formData.get("attemptsAllowed") ?? "",
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  let removed: boolean;
  try {
    ({ removed } = await setOverride(user.id, parsed.data));
  } catch (error) {
    if (error instanceof ClassError) return { ok: false, fieldErrors: {}, formError: error.message };
    throw error;
  }
  redirect(withNotice(path, { notice: removed ? "override-removed" : "override-saved" }));
}
