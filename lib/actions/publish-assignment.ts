"use server";

import { assignmentIdSchema } from "@/lib/domain/assignments/inputs";
import { withNotice } from "@/lib/domain/classes/notices";
import { publishAssignment as publishAssignmentUseCase } from "@/lib/server/services/assignments/publish-assignment";
import { assignmentPage, runButton } from "./button-action";

/** Publishes the teacher's draft: its questions are fixed from now on. */
export async function publishAssignment(formData: FormData): Promise<void> {
  await runButton(formData, {
    schema: assignmentIdSchema,
    fields: ["assignmentId"],
    page: assignmentPage,
    run: async (user, input) => {
      await publishAssignmentUseCase(user.id, input.assignmentId);
      return withNotice(assignmentPage(input), { notice: "assignment-published" });
    },
  });
}
