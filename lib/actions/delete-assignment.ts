"use server";

import { redirect } from "next/navigation";
import { assignmentIdSchema } from "@/lib/domain/assignments/inputs";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { withNotice } from "@/lib/domain/classes/notices";
import { requireRole } from "@/lib/server/auth/session";
import { deleteAssignment as deleteAssignmentUseCase } from "@/lib/server/services/assignments/publish-assignment";

/** Deletes the teacher's assignment if nobody has started it; back to its class. */
export async function deleteAssignment(formData: FormData): Promise<void> {
  const parsed = assignmentIdSchema.safeParse({ assignmentId: formData.get("assignmentId") });
  if (!parsed.success) redirect("/teach");
  const path = `/teach/assignments/${encodeURIComponent(parsed.data.assignmentId)}`;
  const user = await requireRole("teacher", path);
  let classId: string;
  try {
    ({ classId } = await deleteAssignmentUseCase(user.id, parsed.data.assignmentId));
  } catch (error) {
    if (error instanceof ClassError) redirect(withNotice(path, { error: error.code }));
    throw error;
  }
  redirect(withNotice(`/teach/classes/${encodeURIComponent(classId)}`, { notice: "assignment-deleted" }));
}
