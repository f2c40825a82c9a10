import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import type { SessionUser } from "@/lib/domain/auth/access";
import { env } from "@/lib/server/env";
import { findSessionUser } from "@/lib/server/auth/credentials";

/** The Cookie header as name → value; getToken needs the cookies of a plain Fetch Request spelled out. */
function cookiesOf(request: Request): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    try {
      cookies[name] = decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      cookies[name] = part.slice(index + 1).trim();
    }
  }
  return cookies;
}

type TokenRequest = Parameters<typeof getToken>[0]["req"];

/**
 * The user of a next-auth session JWT (checked with the app's secret) whose session version still matches the
 * user row: a session revoked by sign-out or a password change no longer answers. A tampered or expired token is
 * simply "not signed in".
 */
async function sessionUserOfToken(headers: Headers, cookies: Record<string, string>): Promise<SessionUser | null> {
  try {
    const token = await getToken({ req: { headers, cookies } as unknown as TokenRequest, secret: env.authSecret, secureCookie: env.secureCookies });
    if (typeof token?.sub !== "string" || token.sub === "" || typeof token.sessionVersion !== "number") return null;
    return await findSessionUser(token.sub, token.sessionVersion);
  } catch {
    return null;
  }
}

/** The signed-in user's id from a route handler's Request. Works on any Request, so routes can be called in tests. */
export async function sessionUserIdOf(request: Request): Promise<string | null> {
  return (await sessionUserOfToken(request.headers, cookiesOf(request)))?.id ?? null;
}

/** The signed-in user of the request a page or server action is answering (read through next/headers). */
export async function currentSessionUser(): Promise<SessionUser | null> {
  const [requestHeaders, requestCookies] = await Promise.all([headers(), cookies()]);
  return sessionUserOfToken(
    new Headers(requestHeaders),
    Object.fromEntries(requestCookies.getAll().map((cookie) => [cookie.name, cookie.value])),
  );
}
