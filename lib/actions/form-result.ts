import type { z } from "zod";
import { publicErrorOf } from "@/lib/domain/errors/app-error";
import { namingDatabaseFailure } from "@/lib/database-failure";

/** What a form action returns: field errors the form shows next to each input, or success. */
export type FormResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

export type FormFailure = Extract<FormResult, { ok: false }>;

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * A use case's AppError as the form shows it: under `field` when one input is at fault, else above the form;
 * a database that could not take the write says so above the form (a page, also without JavaScript).
 * Anything else is rethrown (Next's redirects and not-found signals, and real bugs for the error page).
 */
export function formFailureOf(error: unknown, field?: string): FormFailure {
  const known = publicErrorOf(namingDatabaseFailure(error));
  if (!known) throw error;
  return field ? { ok: false, fieldErrors: { [field]: [known.message] } } : { ok: false, fieldErrors: {}, formError: known.message };
}

/**
 * Server actions are public endpoints: a caller may post anything in place of the form. What a form action
 * answers when its argument is not FormData at all.
 */
export const NOT_A_FORM: FormFailure = { ok: false, fieldErrors: {}, formError: "Send this form from the app's page." };
