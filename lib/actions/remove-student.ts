"use server";

import { redirect } from "next/navigation";
import { removeStudentSchema } from "@/lib/domain/classes/inputs";
import { requireRole } from "@/lib/server/auth/session";
import { removeStudent as removeStudentUseCase } from "@/lib/server/services/classes/remove-student";
import { runAndReturn } from "./class-action";

/** Removes a student from the teacher's class; their history stays. */
export async function removeStudent(formData: FormData): Promise<void> {
  const parsed = removeStudentSchema.safeParse({ classId: formData.get("classId"), studentId: formData.get("studentId") });
  if (!parsed.success) redirect("/teach");
  const { classId, studentId } = parsed.data;
  const path = `/teach/classes/${encodeURIComponent(classId)}`;
  const user = await requireRole("teacher", path);
  await runAndReturn(path, "student-removed", () => removeStudentUseCase(user.id, classId, studentId));
}
