"use server";

import { setJoinEnabledSchema } from "@/lib/domain/classes/inputs";
import { withNotice } from "@/lib/domain/classes/notices";
import { setJoinEnabled } from "@/lib/server/services/classes/manage-join-code";
import { classPage, runButton } from "./button-action";

/** Switches joining by code or link on or off for the teacher's class. */
export async function switchClassJoining(formData: FormData): Promise<void> {
  await runButton(formData, {
    schema: setJoinEnabledSchema,
    fields: ["classId", "enabled"],
    page: classPage,
    run: async (user, input) => {
      await setJoinEnabled(user.id, input.classId, input.enabled);
      return withNotice(classPage(input), { notice: input.enabled ? "joining-on" : "joining-off" });
    },
  });
}
