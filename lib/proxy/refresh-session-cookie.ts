// Runs in proxy.ts before any page; no `import "server-only"`, so the proxy bundle can load it.
import type { NextRequest, NextResponse } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS, SESSION_REFRESH_AFTER_SECONDS } from "./session-lifetime";

function sessionCookieName(secure: boolean): string {
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * Re-issues the session cookie once it is older than the refresh age, so an active user stays signed in
 * while an idle session ends after SESSION_MAX_AGE_SECONDS. A revoked session may be re-issued here, but
 * it stays revoked: the session version is checked wherever the session is read.
 */
export async function refreshSessionCookie(
  request: NextRequest,
  response: NextResponse,
  options: { secret: string; secure: boolean },
): Promise<void> {
  const name = sessionCookieName(options.secure);
  const raw = request.cookies.get(name)?.value;
  if (!raw) return;
  let token: Awaited<ReturnType<typeof decode>>;
  try {
    token = await decode({ token: raw, secret: options.secret });
  } catch {
    return;
  }
  const issuedAt = typeof token?.iat === "number" ? token.iat : null;
  if (!token || issuedAt === null || Date.now() / 1000 - issuedAt < SESSION_REFRESH_AFTER_SECONDS) return;
  const fresh = await encode({ token, secret: options.secret, maxAge: SESSION_MAX_AGE_SECONDS });
  response.cookies.set(name, fresh, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: options.secure,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}
