"use server";

import { leaveClassSchema } from "@/lib/domain/classes/inputs";
import { withNotice } from "@/lib/domain/classes/notices";
import { leaveClass as leaveClassUseCase } from "@/lib/server/services/classes/join-class";
import { runButton } from "./button-action";

/** The student leaves one of their classes; their work stays with it. */
export async function leaveClass(formData: FormData): Promise<void> {
  await runButton(formData, {
    schema: leaveClassSchema,
    fields: ["classId"],
    role: "any",
    fallback: "/classes",
    page: () => "/classes",
    run: async (user, input) => {
      await leaveClassUseCase(user.id, input.classId);
      return withNotice("/classes", { notice: "left-class" });
    },
  });
}
