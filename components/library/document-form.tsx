"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addDocument } from "@/lib/actions/add-document";
import type { DocumentFormState, DocumentFormValues } from "@/lib/actions/document-form";
import { editDocument } from "@/lib/actions/edit-document";
import { PendingSubmitButton } from "@/components/quiz/pending-submit-button";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { TextField } from "@/components/ui/text-field";
import { useServerMessage } from "@/components/ui/use-server-message";
import { DOCUMENT_KINDS } from "@/lib/domain/library/choices";

const FIELD = "block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm";

/** Add or edit a document: title, kind, publisher, optional date, and the text pasted or a file. Works without JavaScript. */
export function DocumentForm({ documentId, initial }: { documentId?: string; initial?: DocumentFormValues }) {
  const t = useTranslations("teach.documentForm");
  const kindLabel = useTranslations("lessons.kinds");
  const say = useServerMessage();
  const [state, formAction] = useActionState<DocumentFormState, FormData>(documentId ? editDocument : addDocument, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state?.values ?? initial;
  const invalid = (name: string) => (errors[name]?.length ? true : undefined);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {state && !state.ok && state.formError ? <Alert>{say(state.formError)}</Alert> : null}
      {documentId ? <input type="hidden" name="documentId" value={documentId} /> : null}
      <TextField label={t("title")} name="title" required maxLength={200} defaultValue={values?.title} errors={errors.title} />
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor="field-kind" className="block text-sm font-medium text-stone-800">{t("kind")}</label>
          <select
            id="field-kind"
            name="kind"
            defaultValue={values?.kind || "other"}
            aria-invalid={invalid("kind")}
            aria-describedby={invalid("kind") ? "field-kind-error" : undefined}
            className={`${FIELD} border-stone-300`}
          >
            {DOCUMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>{kindLabel(kind)}</option>
            ))}
          </select>
          <FieldError id="field-kind-error" messages={errors.kind} />
        </div>
        <TextField label={t("publisher")} name="publisher" maxLength={120} defaultValue={values?.publisher} errors={errors.publisher} />
        <TextField
          label={t("date")}
          name="date"
          maxLength={10}
          placeholder="YYYY-MM-DD"
          defaultValue={values?.date}
          errors={errors.date}
          hint={t("dateHint")}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="field-text" className="block text-sm font-medium text-stone-800">{t("text")}</label>
        <p id="field-text-hint" className="text-xs text-stone-600">
          {t("textHint")}
        </p>
        <textarea
          id="field-text"
          name="text"
          rows={14}
          defaultValue={values?.text}
          aria-invalid={invalid("text")}
          aria-describedby={`field-text-hint${invalid("text") ? " field-text-error" : ""}`}
          className={`${FIELD} font-mono text-sm ${invalid("text") ? "border-red-600" : "border-stone-300"}`}
        />
        <FieldError id="field-text-error" messages={errors.text} />
      </div>
      <div className="space-y-1">
        <label htmlFor="field-file" className="block text-sm font-medium text-stone-800">{t("file")}</label>
        <input
          id="field-file"
          name="file"
          type="file"
          accept=".md,.markdown,.txt,.html,.htm,text/markdown,text/plain,text/html"
          aria-invalid={invalid("file")}
          aria-describedby={invalid("file") ? "field-file-error" : undefined}
          className="block text-sm"
        />
        <FieldError id="field-file-error" messages={errors.file} />
      </div>
      <PendingSubmitButton label={documentId ? t("saveChanges") : t("add")} pendingLabel={t("reading")} />
    </form>
  );
}
