"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createClass, type CreateClassState } from "@/lib/actions/create-class";
import { PendingSubmitButton } from "@/components/quiz/pending-submit-button";
import { TextField } from "@/components/ui/text-field";

/** New class: works without JavaScript; with it, errors appear in place. */
export function CreateClassForm() {
  const t = useTranslations("teach.classForm");
  const [state, formAction] = useActionState<CreateClassState, FormData>(createClass, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" noValidate>
      <TextField label={t("name")} name="name" required maxLength={80} defaultValue={state?.values?.name} errors={errors.name} />
      <TextField
        label={t("section")}
        name="section"
        maxLength={80}
        defaultValue={state?.values?.section}
        errors={errors.section}
      />
      <PendingSubmitButton label={t("create")} pendingLabel={t("creating")} />
    </form>
  );
}
