"use server";

import { redirect } from "next/navigation";
import { assignmentIdSchema } from "@/lib/domain/assignments/inputs";
import { requireRole } from "@/lib/server/auth/session";
import { publishAssignment as publishAssignmentUseCase } from "@/lib/server/services/assignments/publish-assignment";
import { runAndReturn } from "./class-action";

/** Publishes the teacher's draft: its questions are fixed from now on. */
export async function publishAssignment(formData: FormData): Promise<void> {
  const parsed = assignmentIdSchema.safeParse({ assignmentId: formData.get("assignmentId") });
  if (!parsed.success) redirect("/teach");
  const path = `/teach/assignments/${encodeURIComponent(parsed.data.assignmentId)}`;
  const user = await requireRole("teacher", path);
  await runAndReturn(path, "assignment-published", () => publishAssignmentUseCase(user.id, parsed.data.assignmentId));
}
