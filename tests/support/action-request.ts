// Server actions read their caller through next/headers. A test mocks only that plumbing, with this module as
// the request: the session cookie in it is a real next-auth JWT, checked by the app's own session code.
import { encode } from "next-auth/jwt";
import { env } from "@/lib/server/env";

const requestCookies = new Map<string, string>();

/** Stands in for `next/headers` in `vi.mock("next/headers", …)`: the cookies of the request being answered. */
export const nextHeaders = {
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (requestCookies.has(name) ? { name, value: requestCookies.get(name)! } : undefined),
    getAll: () => [...requestCookies].map(([name, value]) => ({ name, value })),
    // What the action sets (sign-in, sign-up) is what the next call in the test sends.
    set: (name: string, value: string) => void requestCookies.set(name, value),
    delete: (name: string) => void requestCookies.delete(name),
  }),
};

/** The next action call comes from this user (a session cookie as sign-in issues it), or from nobody. */
export async function actAs(userId: string | null): Promise<void> {
  requestCookies.clear();
  if (userId) requestCookies.set("next-auth.session-token", await encode({ token: { sub: userId, role: "student", sessionVersion: 0 }, secret: env.authSecret }));
}

/** Where the call redirected (Next's redirect() throws), or null when it returned normally. */
export async function redirectOf(call: () => Promise<unknown>): Promise<string | null> {
  try {
    await call();
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return digest.split(";")[2] ?? null;
    throw error;
  }
  return null;
}

export function formData(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}
