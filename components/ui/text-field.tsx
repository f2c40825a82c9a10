import type { InputHTMLAttributes } from "react";
import { useServerMessage } from "./use-server-message";

/** A labelled input whose errors are announced with it (aria-describedby) and marked invalid. */
export function TextField({
  label,
  name,
  errors,
  hint,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[]; hint?: string }) {
  const say = useServerMessage();
  const id = input.id ?? `field-${name}`;
  const hasErrors = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? `${id}-hint` : null, hasErrors ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy || undefined}
        className={`block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm ${hasErrors ? "border-red-600" : "border-stone-300"}`}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {hasErrors ? (
        <ul id={`${id}-error`} className="text-sm text-red-700">
          {errors!.map((message) => (
            <li key={message}>{say(message)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
