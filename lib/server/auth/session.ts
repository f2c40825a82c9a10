import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/domain/auth/account-rules";
import { decideAccess, type SessionUser } from "@/lib/domain/auth/access";
import { currentSessionUser } from "@/lib/server/auth/session-user-id";

/**
 * The signed-in user, read fresh from the database so a deleted account, changed role or revoked session
 * (sign-out, password change) takes effect at once.
 * Memoized per request: the layout and the page both ask, and the database is read once.
 */
export const getCurrentUser = cache((): Promise<SessionUser | null> => currentSessionUser());

/** For pages and server actions: redirects to sign-in when nobody is signed in. */
export async function requireUser(callbackPath?: string): Promise<SessionUser> {
  return requireAccess(undefined, callbackPath);
}

/** As requireUser, and answers 403 when the user lacks the role. */
export async function requireRole(role: Role, callbackPath?: string): Promise<SessionUser> {
  return requireAccess(role, callbackPath);
}

async function requireAccess(role: Role | undefined, callbackPath?: string): Promise<SessionUser> {
  const decision = decideAccess(await getCurrentUser(), role);
  if (decision.ok) return decision.user;
  if (decision.reason === "forbidden") forbidden();
  const query = callbackPath ? `?callbackUrl=${encodeURIComponent(callbackPath)}` : "";
  redirect(`/sign-in${query}`);
}
