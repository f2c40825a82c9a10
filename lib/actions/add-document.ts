"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { addDocument as addDocumentUseCase } from "@/lib/server/services/library/save-document";
import { documentFailure, readDocumentForm, type DocumentFormState } from "./document-form";
import { NOT_A_FORM } from "./form-result";

/** A teacher adds a document (pasted or uploaded) to their library; on success, its review page. */
export async function addDocument(_previous: DocumentFormState, formData: FormData): Promise<DocumentFormState> {
  const user = await requireRole("teacher", "/teach/library/new");
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const read = await readDocumentForm(formData);
  if (!read.ok) return read;
  let documentId: string;
  try {
    ({ documentId } = await addDocumentUseCase(user.id, read.submission, new Date()));
  } catch (error) {
    return documentFailure(error, read.submission, read.values);
  }
  redirect(`/teach/library/${encodeURIComponent(documentId)}?notice=document-added`);
}
