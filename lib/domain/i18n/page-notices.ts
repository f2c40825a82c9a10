import { CLASS_NOTICES } from "../classes/notices";
import { ERROR_CATALOGUE, type AppErrorCode } from "../errors/app-error";
import { LIBRARY_NOTICES } from "../library/notices";

// Buttons that post without JavaScript come back to their page with ?notice=<word> or ?error=<code>;
// the page says it in the reader's language through these message keys.

const NOTICES = { ...CLASS_NOTICES, ...LIBRARY_NOTICES };
export type PageNotice = keyof typeof NOTICES;

/** The English each notice has (the catalog's `notices` namespace says the same). */
export const PAGE_NOTICES: Readonly<Record<PageNotice, string>> = NOTICES;

/** The message key of a ?notice= value; null for anything unknown. */
export function pageNoticeKey(value: unknown): `notices.${PageNotice}` | null {
  return typeof value === "string" && Object.hasOwn(NOTICES, value) ? `notices.${value as PageNotice}` : null;
}

/** The message key of a ?error= value (an error code); null for anything unknown. */
export function pageErrorKey(value: unknown): `errors.${AppErrorCode}` | null {
  return typeof value === "string" && Object.hasOwn(ERROR_CATALOGUE, value) ? `errors.${value as AppErrorCode}` : null;
}
