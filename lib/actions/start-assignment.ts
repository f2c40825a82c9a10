"use server";

import { startAssignmentSchema } from "@/lib/domain/assignments/inputs";
import { startAssignmentAttempt } from "@/lib/server/services/assignments/start-assignment-attempt";
import { runButton } from "./button-action";

/** Starts (or resumes) the student's attempt and opens it in the quiz player; a refusal comes back with its reason. */
export async function startAssignment(formData: FormData): Promise<void> {
  await runButton(formData, {
    schema: startAssignmentSchema,
    fields: ["assignmentId"],
    role: "any",
    fallback: "/assignments",
    page: (input) => `/assignments/${encodeURIComponent(input.assignmentId)}`,
    run: async (user, input) => {
      const { attemptId } = await startAssignmentAttempt(user.id, input.assignmentId);
      return `/quiz/${encodeURIComponent(attemptId)}`;
    },
  });
}
