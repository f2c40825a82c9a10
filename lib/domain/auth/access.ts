import type { Role } from "./account-rules";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export type AccessDecision = { ok: true; user: SessionUser } | { ok: false; reason: "unauthenticated" | "forbidden" };

/** The one rule every page and action goes through: signed in, and of the required role when one is named. */
export function decideAccess(user: SessionUser | null, requiredRole?: Role): AccessDecision {
  if (!user) return { ok: false, reason: "unauthenticated" };
  if (requiredRole && user.role !== requiredRole) return { ok: false, reason: "forbidden" };
  return { ok: true, user };
}

/** A sign-in or sign-up page's address that returns to `callbackPath` afterwards (none for the home). */
export function withCallback(page: "/sign-in" | "/sign-up", callbackPath: string): string {
  const path = safeCallbackPath(callbackPath);
  return path === "/" ? page : `${page}?callbackUrl=${encodeURIComponent(path)}`;
}

/** Only same-site paths may be used as a post-sign-in destination, so a link cannot bounce a user elsewhere. */
export function safeCallbackPath(candidate: string | null | undefined, fallback = "/"): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) {
    return fallback;
  }
  return candidate;
}
