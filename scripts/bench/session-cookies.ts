// Session cookies minted the way next-auth v4 does after a sign-in (JWT strategy), so 3,000 learners
// need no bcrypt round. The server decodes them with the same NEXTAUTH_SECRET.
import { encode } from "next-auth/jwt";

/** The cookie next-auth reads on plain http (NEXTAUTH_URL not https). */
export const SESSION_COOKIE = "next-auth.session-token";

export interface CookieUser {
  id: string;
  name: string;
  email: string;
}

/** `name=value` for a Cookie header; the token carries what our jwt callback puts there (sub, role). */
export async function mintSessionCookie(user: CookieUser, secret: string): Promise<string> {
  const token = await encode({
    // sessionVersion: the server refuses a token minted under another version (a fresh account is at 0).
    token: { name: user.name, email: user.email, sub: user.id, role: "student", sessionVersion: 0 },
    secret,
    maxAge: 60 * 60,
  });
  return `${SESSION_COOKIE}=${token}`;
}

export async function mintSessionCookies(users: readonly CookieUser[], secret: string): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  for (const user of users) cookies.set(user.id, await mintSessionCookie(user, secret));
  return cookies;
}
