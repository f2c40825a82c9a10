"use server";

import { assignmentIdSchema } from "@/lib/domain/assignments/inputs";
import { withNotice } from "@/lib/domain/classes/notices";
import { deleteAssignment as deleteAssignmentUseCase } from "@/lib/server/services/assignments/publish-assignment";
import { assignmentPage, classPage, runButton } from "./button-action";

/** Deletes the teacher's assignment if nobody has started it; back to its class. */
export async function deleteAssignment(formData: FormData): Promise<void> {
  await runButton(formData, {
    schema: assignmentIdSchema,
    fields: ["assignmentId"],
    page: assignmentPage,
    run: async (user, input) => {
      const { classId } = await deleteAssignmentUseCase(user.id, input.assignmentId);
      return withNotice(classPage({ classId }), { notice: "assignment-deleted" });
    },
  });
}
