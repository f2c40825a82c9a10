import { ERROR_CATALOGUE, type AppErrorCode } from "@/lib/domain/errors/app-error";
import { FIELD_ERROR_TEXTS, type FieldErrorName } from "./field-error-texts";

/**
 * The server speaks English (JSON clients and logs read it); the interface says the same thing in the learner's
 * language. Each thing the server says has a message key: an error by its code, a form field's problem by name.
 */
export type ServerMessageKey = `errors.${AppErrorCode}` | `fieldErrors.${FieldErrorName}`;

const KEY_BY_TEXT = new Map<string, ServerMessageKey>([
  ...Object.entries(ERROR_CATALOGUE).map(([code, entry]): [string, ServerMessageKey] => [entry.message, `errors.${code as AppErrorCode}`]),
  ...Object.entries(FIELD_ERROR_TEXTS).map(([name, text]): [string, ServerMessageKey] => [text, `fieldErrors.${name as FieldErrorName}`]),
]);

/** The message key of words the server said, or null for words without one (they are shown as they came). */
export function serverMessageKey(text: string): ServerMessageKey | null {
  return KEY_BY_TEXT.get(text) ?? null;
}
