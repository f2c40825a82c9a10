"use server";

import { redirect } from "next/navigation";
import { leaveClassSchema } from "@/lib/domain/classes/inputs";
import { requireUser } from "@/lib/server/auth/session";
import { leaveClass as leaveClassUseCase } from "@/lib/server/services/classes/join-class";
import { runAndReturn } from "./class-action";

/** The student leaves one of their classes; their work stays with it. */
export async function leaveClass(formData: FormData): Promise<void> {
  const parsed = leaveClassSchema.safeParse({ classId: formData.get("classId") });
  if (!parsed.success) redirect("/classes");
  const user = await requireUser("/classes");
  await runAndReturn("/classes", "left-class", () => leaveClassUseCase(user.id, parsed.data.classId));
}
