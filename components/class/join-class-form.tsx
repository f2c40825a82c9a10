"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { joinClass, type JoinClassState } from "@/lib/actions/join-class";
import { PendingSubmitButton } from "@/components/quiz/pending-submit-button";
import { TextField } from "@/components/ui/text-field";
import { useServerMessage } from "@/components/ui/use-server-message";

/** Join by code; on a join link the code is filled in and the field hidden. */
export function JoinClassForm({ code, label }: { code?: string; label?: string }) {
  const t = useTranslations("join");
  const say = useServerMessage();
  const [state, formAction] = useActionState<JoinClassState, FormData>(joinClass, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      {code ? (
        <>
          <input type="hidden" name="code" value={code} />
          {errors.code ? <p role="alert" className="w-full text-sm text-red-700">{errors.code.map(say).join(" ")}</p> : null}
        </>
      ) : (
        <div className="min-w-48 flex-1">
          <TextField
            label={t("codeLabel")}
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            defaultValue={state?.values?.code}
            errors={errors.code}
            hint={t("codeHint")}
          />
        </div>
      )}
      <PendingSubmitButton label={label ?? t("submit")} pendingLabel={t("joining")} />
    </form>
  );
}
