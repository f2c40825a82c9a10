"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { excludeQuestionSchema } from "@/lib/domain/results/inputs";
import { assignmentResultsHref } from "@/lib/domain/results/links";
import { requireRole } from "@/lib/server/auth/session";
import { loadOwnedAssignment } from "@/lib/server/services/assignments/owned-assignment";
import { excludeQuestionFromClass } from "@/lib/server/services/results/exclude-question";

/** "Drop from future assignments" on a flagged question; posts without JavaScript and returns to the results. */
export async function excludeQuestion(formData: unknown): Promise<void> {
  if (!(formData instanceof FormData)) redirect("/teach");
  const teacher = await requireRole("teacher");
  const parsed = excludeQuestionSchema.safeParse({ assignmentId: formData.get("assignmentId"), questionId: formData.get("questionId") });
  if (!parsed.success) redirect("/teach");
  const { assignmentId, questionId } = parsed.data;
  let classId: string;
  try {
    await excludeQuestionFromClass(teacher.id, assignmentId, questionId, new Date());
    ({ classId } = await loadOwnedAssignment(teacher.id, assignmentId));
  } catch (error) {
    // Another teacher's assignment, or a question not in it, reads as missing.
    if (error instanceof ClassError) notFound();
    throw error;
  }
  const href = assignmentResultsHref(classId, assignmentId);
  revalidatePath(href);
  redirect(`${href}?dropped=${encodeURIComponent(questionId)}#question-statistics`);
}
