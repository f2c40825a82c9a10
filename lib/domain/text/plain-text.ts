import { z } from "zod";

// Control characters (NUL, escapes, line breaks), bidirectional overrides that reorder what others read,
// and the Unicode line/paragraph separators: none belongs in a one-line name or title.
const FORBIDDEN = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

export const CONTROL_CHARACTER_MESSAGE = "Use letters, digits and punctuation only (no control characters).";

/** Whether a one-line text holds a character a person cannot see or type on purpose. */
export function hasControlCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

/**
 * A one-line text a person typed (a name, a title): composed to NFC so "é" typed two ways is one name,
 * trimmed, and refused when it hides control characters.
 */
export function plainTextSchema(messages: { required: string; tooLong: string }, maxLength: number) {
  return z
    .string()
    .transform((text) => text.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(1, messages.required)
        .max(maxLength, messages.tooLong)
        .refine((text) => !hasControlCharacters(text), CONTROL_CHARACTER_MESSAGE),
    );
}
