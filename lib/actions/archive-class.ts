"use server";

import { redirect } from "next/navigation";
import { archiveClassSchema } from "@/lib/domain/classes/inputs";
import { requireRole } from "@/lib/server/auth/session";
import { setClassArchived } from "@/lib/server/services/classes/archive-class";
import { runAndReturn } from "./class-action";

/** Archives (or restores) the teacher's class; nothing is deleted. */
export async function archiveClass(formData: FormData): Promise<void> {
  const parsed = archiveClassSchema.safeParse({ classId: formData.get("classId"), archived: formData.get("archived") });
  if (!parsed.success) redirect("/teach");
  const { classId, archived } = parsed.data;
  const path = `/teach/classes/${encodeURIComponent(classId)}`;
  const user = await requireRole("teacher", path);
  await runAndReturn(archived ? "/teach" : path, archived ? "class-archived" : "class-restored", () =>
    setClassArchived(user.id, classId, archived),
  );
}
