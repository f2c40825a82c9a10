// Sorts an HTTP answer into the outcomes the authorization matrix names (see Outcome).
import { ERROR_CATALOGUE } from "@/lib/domain/errors/app-error";
import type { CallResult } from "./endpoint-calls";
import type { Outcome } from "./endpoint-matrix";

// A foreign id reads as a missing one: these codes (in a redirect's ?error=, or their words in a returned state)
// are a denial, not a rule of the use case.
const MISSING_CODES = Object.keys(ERROR_CATALOGUE).filter((code) => /not-found|not-your/.test(code));
const MISSING_WORDS = MISSING_CODES.map((code) => ERROR_CATALOGUE[code as keyof typeof ERROR_CATALOGUE].message);

/** What an action returned, from its RSC payload: a failure state `{"ok":false,…}` and its words. */
function returnedFailure(body: string): string | null {
  const match = /\{"ok":false[^\n]*/.exec(body);
  return match ? match[0] : null;
}

/** `missingRedirect`: where an endpoint sends a caller whose id it cannot find (see MatrixEntry). */
/**
 * A failure of ours: a 5xx, or an action that threw (Next answers an action posted to another page's worker
 * with 200 and the error's digest; its own signals have digests like NEXT_REDIRECT, ours are numbers).
 */
export function isServerFailure(result: CallResult): boolean {
  return result.status >= 500 || /(^|\n)[0-9a-f]+:E\{"digest":"\d+"/.test(result.body);
}

export function outcomeOf(result: CallResult, kind: "page" | "route" | "action", missingRedirect?: string): Outcome | "error" {
  if (isServerFailure(result)) return "error";
  if (result.status === 401 || (result.redirect !== null && /^(https?:\/\/[^/]+)?\/sign-in(\?|$)/.test(result.redirect))) return "sign-in";
  if (result.status === 403) return "forbidden";
  if (result.status === 404) return "not-found";
  if (result.status >= 400) return "refused";
  if (result.redirect !== null) {
    if (missingRedirect !== undefined && result.redirect === missingRedirect) return "not-found";
    const code = /[?&](?:error|notice)=([\w-]+)/.exec(result.redirect)?.[1];
    if (code && MISSING_CODES.includes(code)) return "not-found";
    if (/[?&]error=/.test(result.redirect)) return "refused";
    return kind === "action" ? "ok" : "away";
  }
  if (kind === "action") {
    // forbidden() and notFound() inside an action: Next answers 200 and the payload carries the signal.
    const signal = /"digest":"NEXT_HTTP_ERROR_FALLBACK;(\d{3})"/.exec(result.body)?.[1];
    if (signal === "403") return "forbidden";
    if (signal === "404") return "not-found";
    const failure = returnedFailure(result.body);
    if (failure) return MISSING_WORDS.some((words) => failure.includes(words)) ? "not-found" : "refused";
  }
  return "ok";
}
