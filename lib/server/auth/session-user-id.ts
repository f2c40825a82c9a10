import "server-only";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/server/env";
import { findSessionUser } from "./credentials";

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

/**
 * The signed-in user's id from the request's next-auth session JWT (the same cookie and secret getCurrentUser
 * uses), checked against the user row's session version. Works on any Request, so the route can be called
 * directly in tests.
 */
export async function sessionUserIdOf(request: Request): Promise<string | null> {
  try {
    const token = await getToken({
      req: { headers: request.headers, cookies: cookiesOf(request) } as unknown as Parameters<typeof getToken>[0]["req"],
      secret: env.authSecret,
    });
    if (typeof token?.sub !== "string" || token.sub === "" || typeof token.sessionVersion !== "number") return null;
    // A session revoked by sign-out or a password change no longer answers.
    const user = await findSessionUser(token.sub, token.sessionVersion);
    return user?.id ?? null;
  } catch {
    // A tampered or expired token is simply "not signed in".
    return null;
  }
}
