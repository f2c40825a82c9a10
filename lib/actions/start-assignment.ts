"use server";

import { redirect } from "next/navigation";
import { startAssignmentSchema } from "@/lib/domain/assignments/inputs";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { withNotice } from "@/lib/domain/classes/notices";
import { requireUser } from "@/lib/server/auth/session";
import { startAssignmentAttempt } from "@/lib/server/services/assignments/start-assignment-attempt";

/** Starts (or resumes) the student's attempt and opens it in the quiz player; a refusal comes back with its reason. */
export async function startAssignment(formData: FormData): Promise<void> {
  const parsed = startAssignmentSchema.safeParse({ assignmentId: formData.get("assignmentId") });
  if (!parsed.success) redirect("/assignments");
  const path = `/assignments/${encodeURIComponent(parsed.data.assignmentId)}`;
  const user = await requireUser(path);
  let attemptId: string;
  try {
    ({ attemptId } = await startAssignmentAttempt(user.id, parsed.data.assignmentId));
  } catch (error) {
    if (error instanceof ClassError) redirect(withNotice(path, { error: error.code }));
    throw error;
  }
  redirect(`/quiz/${encodeURIComponent(attemptId)}`);
}
