"use server";

import { archiveClassSchema } from "@/lib/domain/classes/inputs";
import { withNotice } from "@/lib/domain/classes/notices";
import { setClassArchived } from "@/lib/server/services/classes/archive-class";
import { classPage, runButton } from "./button-action";

/** Archives (or restores) the teacher's class; nothing is deleted. */
export async function archiveClass(formData: FormData): Promise<void> {
  await runButton(formData, {
    schema: archiveClassSchema,
    fields: ["classId", "archived"],
    page: classPage,
    run: async (user, { classId, archived }) => {
      await setClassArchived(user.id, classId, archived);
      return archived ? withNotice("/teach", { notice: "class-archived" }) : withNotice(classPage({ classId }), { notice: "class-restored" });
    },
  });
}
