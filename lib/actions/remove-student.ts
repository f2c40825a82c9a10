"use server";

import { removeStudentSchema } from "@/lib/domain/classes/inputs";
import { withNotice } from "@/lib/domain/classes/notices";
import { removeStudent as removeStudentUseCase } from "@/lib/server/services/classes/remove-student";
import { classPage, runButton } from "./button-action";

/** Removes a student from the teacher's class; their history stays. */
export async function removeStudent(formData: FormData): Promise<void> {
  await runButton(formData, {
    schema: removeStudentSchema,
    fields: ["classId", "studentId"],
    page: classPage,
    run: async (user, input) => {
      await removeStudentUseCase(user.id, input.classId, input.studentId);
      return withNotice(classPage(input), { notice: "student-removed" });
    },
  });
}
