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

/** A session JWT's user id and session version, checked with the app's secret; null when missing, tampered or expired. */
async function sessionClaimsOfToken(headers: Headers, cookies: Record<string, string>): Promise<SessionClaims | null> {
  try {
    const token = await getToken({ req: { headers, cookies } as unknown as TokenRequest, secret: env.authSecret, secureCookie: env.secureCookies });
    if (typeof token?.sub !== "string" || token.sub === "" || typeof token.sessionVersion !== "number") return null;
    return { userId: token.sub, sessionVersion: token.sessionVersion };
  } catch {
    return null;
  }
}

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

/**
 * The user of a next-auth session JWT (checked with the app's secret) whose session version still matches the
 * user row: a session revoked by sign-out or a password change no longer answers. A tampered or expired token is
 * simply "not signed in".
 */
async function sessionUserOfToken(headers: Headers, cookies: Record<string, string>): Promise<SessionUser | null> {
  const claims = await sessionClaimsOfToken(headers, cookies);
  if (!claims) return null;
  try {
    return await findSessionUser(claims.userId, claims.sessionVersion);
  } catch {
    return null;
  }
}


/**
 * The session a route handler's Request claims, without reading the user row: the caller must check the session
 * version against the database itself (the answer path does, in the read it makes anyway).
 */
export async function sessionClaimsOf(request: Request): Promise<SessionClaims | null> {
  return sessionClaimsOfToken(request.headers, cookiesOf(request));
}

/** The signed-in user of the request a page or server action is answering (read through next/headers). */
export async function currentSessionUser(): Promise<SessionUser | null> {
  const [requestHeaders, requestCookies] = await Promise.all([headers(), cookies()]);
  return sessionUserOfToken(
    new Headers(requestHeaders),
    Object.fromEntries(requestCookies.getAll().map((cookie) => [cookie.name, cookie.value])),
  );
}
