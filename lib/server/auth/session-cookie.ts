import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { revokeSessions, type SignedInUser } from "./credentials";
import { getCurrentUser } from "./session";
import { env } from "@/lib/server/env";
import { SESSION_MAX_AGE_S } from "./auth-options";

// The cookie next-auth reads in getServerSession, so a form post can sign in without the client library.
const SESSION_COOKIE = `${env.secureCookies ? "__Secure-" : ""}next-auth.session-token`;

/** Starts a session for a user whose credentials were just checked (sign-in and sign-up form posts). */
export async function startSession(user: SignedInUser): Promise<void> {
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion },
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

/** Ends the session, and every copy of its cookie: the user's session version moves on. */
export async function endSession(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await revokeSessions(user.id);
  (await cookies()).delete(SESSION_COOKIE);
}
