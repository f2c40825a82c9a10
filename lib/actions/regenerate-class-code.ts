"use server";

import { redirect } from "next/navigation";
import { classIdSchema } from "@/lib/domain/classes/inputs";
import { requireRole } from "@/lib/server/auth/session";
import { regenerateJoinCode } from "@/lib/server/services/classes/manage-join-code";
import { runAndReturn } from "./class-action";

/** A new join code for the teacher's class; the old code and link stop working. */
export async function regenerateClassCode(formData: FormData): Promise<void> {
  const parsed = classIdSchema.safeParse({ classId: formData.get("classId") });
  if (!parsed.success) redirect("/teach");
  const path = `/teach/classes/${encodeURIComponent(parsed.data.classId)}`;
  const user = await requireRole("teacher", path);
  await runAndReturn(path, "code-regenerated", () => regenerateJoinCode(user.id, parsed.data.classId));
}
