"use client";

import { useActionState } from "react";
import { joinClass, type JoinClassState } from "@/lib/actions/join-class";
import { PendingSubmitButton } from "@/components/quiz/pending-submit-button";
import { TextField } from "@/components/ui/text-field";

/** Join by code; on a join link the code is filled in and the field hidden. */
export function JoinClassForm({ code, label = "Join class" }: { code?: string; label?: string }) {
  const [state, formAction] = useActionState<JoinClassState, FormData>(joinClass, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      {code ? (
        <>
          <input type="hidden" name="code" value={code} />
          {errors.code ? <p role="alert" className="w-full text-sm text-red-700">{errors.code.join(" ")}</p> : null}
        </>
      ) : (
        <div className="min-w-48 flex-1">
          <TextField
            label="Class code"
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            defaultValue={state?.values?.code}
            errors={errors.code}
            hint="6 letters and digits from your teacher, e.g. ABC 234."
          />
        </div>
      )}
      <PendingSubmitButton label={label} pendingLabel="Joining…" />
    </form>
  );
}
