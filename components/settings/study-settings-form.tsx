"use client";

import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { saveStudySettings } from "@/lib/actions/save-study-settings";
import type { StudySettings } from "@/lib/domain/flashcards/views";
import { useHydrated } from "@/components/ui/use-hydrated";
import { RetentionField } from "./retention-field";

export function StudySettingsForm({ initial, workloadLines }: { initial: StudySettings; workloadLines: Record<string, string> }) {
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<{ tone: "success" | "error"; message: string } | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      setStatus(null);
      const result = await saveStudySettings(formData).catch(() => null);
      if (!result) {
        setStatus({ tone: "error", message: "We couldn’t reach the server, so nothing was saved. Please try again." });
        return;
      }
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setStatus({ tone: "error", message: "Some settings need fixing; see the messages below." });
        return;
      }
      setFieldErrors({});
      setStatus({ tone: "success", message: "Settings saved." });
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="max-w-xl space-y-8"
      data-testid="study-settings-form"
      data-ready={hydrated ? "true" : undefined}
    >
      {status ? <Alert tone={status.tone}>{status.message}</Alert> : null}
      <RetentionField defaultValue={initial.desiredRetention} workloadLines={workloadLines} errors={fieldErrors.desiredRetention} />
      <TextField
        label="New cards per day"
        name="newCardsPerDay"
        type="number"
        inputMode="numeric"
        min={1}
        max={200}
        step={1}
        defaultValue={initial.newCardsPerDay}
        hint="How many unseen cards a study session introduces each day (1–200). Reviews of cards you have started are never limited."
        errors={fieldErrors.newCardsPerDay}
      />
      <div className="space-y-1">
        <label className="flex items-start gap-3 text-sm font-medium text-stone-800">
          <input
            type="checkbox"
            name="keyboardShortcuts"
            defaultChecked={initial.keyboardShortcuts}
            aria-describedby="shortcuts-hint"
            className="mt-1 h-4 w-4 accent-brand-700"
          />
          Keyboard shortcuts while studying
        </label>
        <p id="shortcuts-hint" className="pl-7 text-xs text-stone-600">
          Space or Enter shows the answer, 1–4 rate it, u undoes. Turn them off if you use speech input or they get in
          your way.
        </p>
        {fieldErrors.keyboardShortcuts ? <p className="pl-7 text-sm text-red-700">{fieldErrors.keyboardShortcuts.join(" ")}</p> : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
