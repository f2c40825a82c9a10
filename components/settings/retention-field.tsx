"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { formatLocaleOf } from "@/lib/domain/i18n/locales";
import { useServerMessage } from "@/components/ui/use-server-message";

const MIN = 0.8;
const MAX = 0.97;
const DEFAULT = 0.9;

/**
 * Desired retention as a slider and a number kept in step, with the workload line for the chosen value
 * (looked up in a table the server simulated, so it updates as the slider moves).
 */
export function RetentionField({
  defaultValue,
  workloadRatios,
  errors,
}: {
  defaultValue: number;
  workloadRatios: Record<string, number>;
  errors?: string[];
}) {
  const t = useTranslations("settings");
  const say = useServerMessage();
  const locale = useLocale();
  const [value, setValue] = useState(defaultValue.toFixed(2));
  const numeric = Number(value);
  const ratio = value.trim() !== "" && Number.isFinite(numeric) ? workloadRatios[numeric.toFixed(2)] : undefined;
  const onGrid = ratio !== undefined && Math.abs(numeric * 100 - Math.round(numeric * 100)) < 1e-9;
  const retention = numeric.toFixed(2);
  const line =
    ratio === undefined || !onGrid
      ? t("chooseRange", { min: MIN.toFixed(2), max: MAX.toFixed(2) })
      : retention === DEFAULT.toFixed(2)
        ? t("workloadDefault", { retention })
        : t("workloadRatio", { retention, baseline: DEFAULT.toFixed(2), ratio: new Intl.NumberFormat(formatLocaleOf(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratio) });
  const hasErrors = Boolean(errors && errors.length > 0);

  return (
    <div className="space-y-2">
      <label htmlFor="field-desiredRetention" className="block text-sm font-medium text-stone-800">
        {t("retention")}
      </label>
      <p id="retention-hint" className="text-xs text-stone-600">
        {t("retentionHint")}
      </p>
      <div className="flex items-center gap-4">
        <input
          type="range"
          min={MIN}
          max={MAX}
          step={0.01}
          value={Number.isFinite(numeric) ? Math.min(MAX, Math.max(MIN, numeric)) : MIN}
          onChange={(event) => setValue(Number(event.target.value).toFixed(2))}
          aria-label={t("retentionSlider")}
          aria-describedby="retention-workload"
          className="h-2 flex-1 accent-brand-700"
        />
        <input
          id="field-desiredRetention"
          name="desiredRetention"
          type="number"
          inputMode="decimal"
          min={MIN}
          max={MAX}
          step={0.01}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={hasErrors || undefined}
          aria-describedby={`retention-hint retention-workload${hasErrors ? " retention-error" : ""}`}
          className={`w-24 rounded-md border bg-white px-3 py-2 text-base shadow-sm ${hasErrors ? "border-red-600" : "border-stone-300"}`}
        />
      </div>
      <p id="retention-workload" aria-live="polite" className="text-sm font-medium text-stone-800" data-testid="workload-line">
        {line}
      </p>
      {hasErrors ? (
        <ul id="retention-error" className="text-sm text-red-700">
          {errors!.map((message) => (
            <li key={message}>{say(message)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
