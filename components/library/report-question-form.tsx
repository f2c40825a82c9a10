"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { reportQuestion, type ReportQuestionState } from "@/lib/actions/report-question";
import { PendingSubmitButton } from "@/components/quiz/pending-submit-button";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { REPORT_REASONS } from "@/lib/domain/library/choices";

/** "Report a problem" under a question's answer: wrong, unclear or duplicate, with a comment; goes to the document's teacher. */
export function ReportQuestionForm({ questionId }: { questionId: string }) {
  const t = useTranslations("report");
  const [state, formAction] = useActionState<ReportQuestionState, FormData>(reportQuestion, null);
  if (state?.ok) {
    return <p role="status" className="text-sm text-stone-700" data-testid="report-sent">{t("thanks")}</p>;
  }
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <details className="text-sm" open={state !== null || undefined} data-testid="report-question">
      <summary className="cursor-pointer font-medium text-stone-700 underline underline-offset-2">{t("summary")}</summary>
      <form action={formAction} className="mt-3 space-y-3" noValidate>
        {state && !state.ok && state.formError ? <Alert>{state.formError}</Alert> : null}
        <input type="hidden" name="questionId" value={questionId} />
        <fieldset aria-describedby={errors.reason ? "report-reason-error" : undefined}>
          <legend className="font-medium text-stone-800">{t("reason")}</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {REPORT_REASONS.map((reason) => (
              <label key={reason} className="flex items-center gap-2">
                <input type="radio" name="reason" value={reason} className="h-4 w-4" />
                {t(reason)}
              </label>
            ))}
          </div>
          <FieldError id="report-reason-error" messages={errors.reason} />
        </fieldset>
        <div className="space-y-1">
          <label htmlFor={`report-comment-${questionId}`} className="block font-medium text-stone-800">{t("comment")}</label>
          <textarea
            id={`report-comment-${questionId}`}
            name="comment"
            rows={2}
            maxLength={1000}
            aria-describedby={errors.comment ? "report-comment-error" : undefined}
            className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2"
          />
          <FieldError id="report-comment-error" messages={errors.comment} />
        </div>
        <PendingSubmitButton label={t("send")} pendingLabel={t("sending")} />
      </form>
    </details>
  );
}
