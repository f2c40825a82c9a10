"use server";

import { redirect } from "next/navigation";
import { documentIdSchema } from "@/lib/domain/library/inputs";
import { requireRole } from "@/lib/server/auth/session";
import { editDocument as editDocumentUseCase } from "@/lib/server/services/library/save-document";
import { documentFailure, readDocumentForm, type DocumentFormState } from "./document-form";
import { NOT_A_FORM } from "./form-result";

/** A teacher saves new text or details for their document; the review page then shows what changed. */
export async function editDocument(_previous: DocumentFormState, formData: FormData): Promise<DocumentFormState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const target = documentIdSchema.safeParse({ documentId: formData.get("documentId") });
  const user = await requireRole("teacher", "/teach/library");
  if (!target.success) return NOT_A_FORM;
  const read = await readDocumentForm(formData);
  if (!read.ok) return read;
  const { documentId } = target.data;
  try {
    await editDocumentUseCase(user.id, documentId, read.submission, new Date());
  } catch (error) {
    return documentFailure(error, read.submission, read.values);
  }
  redirect(`/teach/library/${encodeURIComponent(documentId)}?notice=document-edited#changes`);
}
