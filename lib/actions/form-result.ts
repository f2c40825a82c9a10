import type { z } from "zod";

/** What a form action returns: field errors the form shows next to each input, or success. */
export type FormResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
