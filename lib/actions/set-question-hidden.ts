"use server";

import { redirect } from "next/navigation";
import { setQuestionHiddenSchema } from "@/lib/domain/library/inputs";
import { requireRole } from "@/lib/server/auth/session";
import { setQuestionHidden as setQuestionHiddenUseCase } from "@/lib/server/services/library/set-question-hidden";
import { returnToLibrary } from "./library-action";

/** The document's teacher hides a question from every learner, or restores it; back to where the button was. */
export async function setQuestionHidden(formData: unknown): Promise<void> {
  const user = await requireRole("teacher", "/teach/library");
  // A caller may post anything to an action: only the page's form is read.
  if (!(formData instanceof FormData)) redirect("/teach/library?error=invalid-input");
  const parsed = setQuestionHiddenSchema.safeParse({
    documentId: formData.get("documentId"),
    questionId: formData.get("questionId"),
    hidden: formData.get("hidden"),
  });
  if (!parsed.success) redirect("/teach/library?error=invalid-input");
  const { documentId, questionId, hidden } = parsed.data;
  const back = formData.get("returnTo") === "queue" ? "/teach/library" : `/teach/library/${encodeURIComponent(documentId)}`;
  await returnToLibrary(back, hidden ? "question-hidden" : "question-restored", `question-${questionId}`, () =>
    setQuestionHiddenUseCase(user.id, parsed.data, new Date()),
  );
}
