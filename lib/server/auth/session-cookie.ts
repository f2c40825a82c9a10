import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import type { SessionUser } from "@/lib/domain/auth/access";
import { env } from "@/lib/server/env";
import { SESSION_MAX_AGE_S } from "./auth-options";

// The cookie next-auth reads in getServerSession, so a form post can sign in without the client library.
const SESSION_COOKIE = `${env.secureCookies ? "__Secure-" : ""}next-auth.session-token`;

/** Starts a session for a user whose credentials were just checked (sign-in and sign-up form posts). */
export async function startSession(user: SessionUser): Promise<void> {
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, role: user.role },
    secret: env.authSecret,
    maxAge: SESSION_MAX_AGE_S,
  });
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: env.secureCookies,
    maxAge: SESSION_MAX_AGE_S,
  });
}

/** Ends the session: with JWT sessions the cookie is the whole session. */
export async function endSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
