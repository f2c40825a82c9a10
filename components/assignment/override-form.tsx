"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setAssignmentOverride, type OverrideState } from "@/lib/actions/set-assignment-override";
import { PendingSubmitButton } from "@/components/quiz/pending-submit-button";
import { TextField } from "@/components/ui/text-field";
import { useServerMessage } from "@/components/ui/use-server-message";

export interface OverrideFormProps {
  assignmentId: string;
  studentId: string;
  studentName: string;
  /** Current values as the fields show them ("" keeps the assignment's rule). */
  defaults: { dueAt: string; timeLimitMinutes: string; attemptsAllowed: string };
}

/** One student's accommodations; blank fields keep the assignment's rules, all blank removes the override. */
export function OverrideForm({ assignmentId, studentId, studentName, defaults }: OverrideFormProps) {
  const t = useTranslations("teach");
  const say = useServerMessage();
  const [state, formAction] = useActionState<OverrideState, FormData>(setAssignmentOverride, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const id = (name: string) => `override-${studentId}-${name}`;
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-4 sm:items-end" noValidate aria-label={t("studentRow.accommodationsFor", { name: studentName })}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="studentId" value={studentId} />
      {state && !state.ok && state.formError ? <p role="alert" className="text-sm text-red-700 sm:col-span-4">{say(state.formError)}</p> : null}
      <TextField id={id("dueAt")} label={t("override.dueAt")} name="dueAt" type="datetime-local" defaultValue={defaults.dueAt} errors={errors.dueAt} />
      <TextField
        id={id("time")}
        label={t("override.timeLimit")}
        name="timeLimitMinutes"
        defaultValue={defaults.timeLimitMinutes}
        errors={errors.timeLimitMinutes}
      />
      <TextField
        id={id("attempts")}
        label={t("override.attempts")}
        name="attemptsAllowed"
        defaultValue={defaults.attemptsAllowed}
        errors={errors.attemptsAllowed}
      />
      <PendingSubmitButton label={t("override.save")} pendingLabel={t("override.saving")} />
    </form>
  );
}
