import { documentDetailsSchema } from "@/lib/domain/library/inputs";
import type { DocumentUpload } from "@/lib/domain/library/document-text";
import { publicErrorOf, type AppErrorCode } from "@/lib/domain/errors/app-error";
import type { DocumentSubmission } from "@/lib/server/services/library/save-document";
import { fieldErrorsOf, formFailureOf, type FormFailure, type FormResult } from "./form-result";

/** What the document form typed, echoed back after a refusal (a chosen file cannot be echoed: it is chosen again). */
export interface DocumentFormValues {
  title: string;
  kind: string;
  publisher: string;
  date: string;
  text: string;
}

export type DocumentFormState = (FormResult & { values?: DocumentFormValues }) | null;

function valuesOf(formData: FormData): DocumentFormValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return { title: text("title"), kind: text("kind"), publisher: text("publisher"), date: text("date"), text: text("text") };
}

async function uploadOf(formData: FormData): Promise<DocumentUpload | null> {
  const file = formData.get("file");
  if (!(file instanceof Blob) || file.size === 0) return null;
  const name = "name" in file && typeof file.name === "string" ? file.name : "";
  return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The form's fields parsed into a submission, or the field errors to show. */
export async function readDocumentForm(
  formData: FormData,
): Promise<{ ok: true; submission: DocumentSubmission; values: DocumentFormValues } | (FormFailure & { values: DocumentFormValues })> {
  const values = valuesOf(formData);
  const parsed = documentDetailsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  return { ok: true, submission: { details: parsed.data, pasted: values.text, upload: await uploadOf(formData) }, values };
}

// Refusals of the text itself, shown under the field that carried it; anything else goes above the form.
const TEXT_CODES: ReadonlySet<AppErrorCode> = new Set(["document-empty", "document-too-large", "document-binary", "document-file-type", "document-not-english"]);

/** A refused document: its reason under the file input when a file was sent, else under the text. */
export function documentFailure(error: unknown, submission: DocumentSubmission, values: DocumentFormValues): DocumentFormState {
  const known = publicErrorOf(error);
  const field = known && TEXT_CODES.has(known.code) ? (submission.upload ? "file" : "text") : undefined;
  return { ...formFailureOf(error, field), values };
}
