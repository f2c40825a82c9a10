import "server-only";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/server/env";

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
 * uses), without reading the user row: the answer route checks the attempt's owner anyway, and a deleted
 * account has no attempts left. Works on any Request, so the route can be called directly in tests.
 */
export async function sessionUserIdOf(request: Request): Promise<string | null> {
  try {
    const token = await getToken({
      req: { headers: request.headers, cookies: cookiesOf(request) } as unknown as Parameters<typeof getToken>[0]["req"],
      secret: env.authSecret,
    });
    return typeof token?.sub === "string" && token.sub !== "" ? token.sub : null;
  } catch {
    // A tampered or expired token is simply "not signed in".
    return null;
  }
}
