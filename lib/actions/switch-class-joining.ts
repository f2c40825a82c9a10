"use server";

import { redirect } from "next/navigation";
import { setJoinEnabledSchema } from "@/lib/domain/classes/inputs";
import { requireRole } from "@/lib/server/auth/session";
import { setJoinEnabled } from "@/lib/server/services/classes/manage-join-code";
import { runAndReturn } from "./class-action";

/** Switches joining by code or link on or off for the teacher's class. */
export async function switchClassJoining(formData: FormData): Promise<void> {
  const parsed = setJoinEnabledSchema.safeParse({ classId: formData.get("classId"), enabled: formData.get("enabled") });
  if (!parsed.success) redirect("/teach");
  const { classId, enabled } = parsed.data;
  const path = `/teach/classes/${encodeURIComponent(classId)}`;
  const user = await requireRole("teacher", path);
  await runAndReturn(path, enabled ? "joining-on" : "joining-off", () => setJoinEnabled(user.id, classId, enabled));
}
