// Calls pages, route handlers and server actions over HTTP the way the app's own clients do, and sorts the
// answer into what the authorization matrix and the fuzz suite assert on. Plain fetch: no browser is needed,
// and redirects are not followed, so a sign-in redirect is seen as such.
import type { BuiltAction } from "../../tests/support/endpoints";

export type FormFields = Record<string, string | string[]>;

/** A server action's arguments as React's client encodes them (encodeReply), or any body at all for fuzzing. */
export type ActionArgs =
  | { form: FormFields; withState?: boolean }
  | { json: unknown[] }
  | { raw: string | FormData; contentType?: string };

// Sign-in and sign-up limits count per address: these calls come from a documentation address of their own, so
// the counters they spend are not the ones other specs signing in from 127.0.0.1 need.
const CALLER_ADDRESS = "203.0.113.7";

export interface CallResult {
  status: number;
  /** Where a redirect points (Location, or Next's x-action-redirect for an action called by fetch). */
  redirect: string | null;
  body: string;
}

function formDataOf(fields: FormFields): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
  }
  return form;
}

/** React's reply encoding: part "0" holds the argument list; a FormData argument is "$K1" with fields "_1_<name>" before it. */
export function encodeActionArgs(args: ActionArgs): { body: string | FormData; contentType?: string } {
  if ("raw" in args) return { body: args.raw, contentType: args.contentType };
  if ("json" in args) return { body: JSON.stringify(args.json), contentType: "text/plain;charset=UTF-8" };
  const reply = new FormData();
  for (const [name, value] of formDataOf(args.form).entries()) reply.append(`_1_${name}`, value);
  // Last, as React sends it: the server decodes while the body streams in, so the fields must come first.
  reply.set("0", JSON.stringify(args.withState ? [null, "$K1"] : ["$K1"]));
  return { body: reply };
}

async function settle(response: Response): Promise<CallResult> {
  const redirect = response.headers.get("x-action-redirect")?.split(";")[0] ?? response.headers.get("location");
  return { status: response.status, redirect: redirect ?? null, body: await response.text() };
}

export async function callAction(baseUrl: string, action: BuiltAction, pagePath: string, args: ActionArgs, cookie?: string): Promise<CallResult> {
  const { body, contentType } = encodeActionArgs(args);
  const headers: Record<string, string> = { "next-action": action.id, origin: baseUrl, accept: "text/x-component", "x-forwarded-for": CALLER_ADDRESS };
  if (contentType) headers["content-type"] = contentType;
  if (cookie) headers.cookie = cookie;
  return settle(await fetch(`${baseUrl}${pagePath}`, { method: "POST", headers, body, redirect: "manual" }));
}

export async function callHttp(
  baseUrl: string,
  method: string,
  path: string,
  options: { cookie?: string; body?: string | FormData; contentType?: string } = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { origin: baseUrl, "x-forwarded-for": CALLER_ADDRESS };
  if (options.contentType) headers["content-type"] = options.contentType;
  if (options.cookie) headers.cookie = options.cookie;
  return settle(await fetch(`${baseUrl}${path}`, { method, headers, body: options.body, redirect: "manual" }));
}
