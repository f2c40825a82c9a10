"use server";

import { redirect } from "next/navigation";
import { publishDocumentSchema } from "@/lib/domain/library/inputs";
import { requireRole } from "@/lib/server/auth/session";
import { publishDocument as publishDocumentUseCase } from "@/lib/server/services/library/publish-document";
import { returnToLibrary } from "./library-action";

/** The teacher publishes their document to the classes ticked (none: private again). */
export async function publishDocument(formData: unknown): Promise<void> {
  const user = await requireRole("teacher", "/teach/library");
  // A caller may post anything to an action: only the page's form is read.
  if (!(formData instanceof FormData)) redirect("/teach/library?error=invalid-input");
  const parsed = publishDocumentSchema.safeParse({
    documentId: formData.get("documentId"),
    classIds: formData.getAll("classIds"),
  });
  if (!parsed.success) redirect("/teach/library?error=invalid-input");
  const { documentId, classIds } = parsed.data;
  await returnToLibrary(`/teach/library/${encodeURIComponent(documentId)}`, classIds.length ? "document-published" : "document-private", "publish", () =>
    publishDocumentUseCase(user.id, parsed.data, new Date()),
  );
}
