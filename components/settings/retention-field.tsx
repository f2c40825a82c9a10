"use client";

import { useState } from "react";

const MIN = 0.8;
const MAX = 0.97;

/**
 * Desired retention as a slider and a number kept in step, with the workload line for the chosen value
 * (looked up in a table the server simulated, so it updates as the slider moves).
 */
export function RetentionField({
  defaultValue,
  workloadLines,
  errors,
}: {
  defaultValue: number;
  workloadLines: Record<string, string>;
  errors?: string[];
}) {
  const [value, setValue] = useState(defaultValue.toFixed(2));
  const numeric = Number(value);
  const line = value.trim() !== "" && Number.isFinite(numeric) ? workloadLines[numeric.toFixed(2)] : undefined;
  const onGrid = line !== undefined && Math.abs(numeric * 100 - Math.round(numeric * 100)) < 1e-9;
  const hasErrors = Boolean(errors && errors.length > 0);

  return (
    <div className="space-y-2">
      <label htmlFor="field-desiredRetention" className="block text-sm font-medium text-stone-800">
        Desired retention
      </label>
      <p id="retention-hint" className="text-xs text-stone-600">
        The chance you still remember a card when it comes due. Higher means fewer lapses but more reviews; 0.90 is the
        default.
      </p>
      <div className="flex items-center gap-4">
        <input
          type="range"
          min={MIN}
          max={MAX}
          step={0.01}
          value={Number.isFinite(numeric) ? Math.min(MAX, Math.max(MIN, numeric)) : MIN}
          onChange={(event) => setValue(Number(event.target.value).toFixed(2))}
          aria-label="Desired retention slider"
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
        {onGrid ? `Workload: ${line}.` : `Choose a value from ${MIN.toFixed(2)} to ${MAX.toFixed(2)} in steps of 0.01.`}
      </p>
      {hasErrors ? (
        <ul id="retention-error" className="text-sm text-red-700">
          {errors!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
