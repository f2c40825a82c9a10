"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { saveStudySettings } from "@/lib/actions/save-study-settings";
import type { StudySettings } from "@/lib/domain/flashcards/views";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useServerMessage } from "@/components/ui/use-server-message";
import { RetentionField } from "./retention-field";

export function StudySettingsForm({ initial, workloadRatios }: { initial: StudySettings; workloadRatios: Record<string, number> }) {
  const t = useTranslations("settings");
  const say = useServerMessage();
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
        setStatus({ tone: "error", message: t("unreachable") });
        return;
      }
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setStatus({ tone: "error", message: t("fixBelow") });
        return;
      }
      setFieldErrors({});
      setStatus({ tone: "success", message: t("saved") });
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
      <RetentionField defaultValue={initial.desiredRetention} workloadRatios={workloadRatios} errors={fieldErrors.desiredRetention} />
      <TextField
        label={t("newCardsPerDay")}
        name="newCardsPerDay"
        type="number"
        inputMode="numeric"
        min={1}
        max={200}
        step={1}
        defaultValue={initial.newCardsPerDay}
        hint={t("newCardsHint")}
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
          {t("shortcuts")}
        </label>
        <p id="shortcuts-hint" className="pl-7 text-xs text-stone-600">
          {t("shortcutsHint")}
        </p>
        {fieldErrors.keyboardShortcuts ? <p className="pl-7 text-sm text-red-700">{fieldErrors.keyboardShortcuts.map(say).join(" ")}</p> : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
