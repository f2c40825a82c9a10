"use server";

import { classIdSchema } from "@/lib/domain/classes/inputs";
import { withNotice } from "@/lib/domain/classes/notices";
import { regenerateJoinCode } from "@/lib/server/services/classes/manage-join-code";
import { classPage, runButton } from "./button-action";

/** A new join code for the teacher's class; the old code and link stop working. */
export async function regenerateClassCode(formData: FormData): Promise<void> {
  await runButton(formData, {
    schema: classIdSchema,
    fields: ["classId"],
    page: classPage,
    run: async (user, input) => {
      await regenerateJoinCode(user.id, input.classId);
      return withNotice(classPage(input), { notice: "code-regenerated" });
    },
  });
}
