import "server-only";
import type { SessionUser } from "@/lib/domain/auth/access";
import { isRole } from "@/lib/domain/auth/account-rules";
import { signInSchema, type SignUpInput } from "@/lib/domain/auth/inputs";
import type { AppErrorCode } from "@/lib/domain/errors/app-error";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password-hash";

const userFields = { id: true, name: true, email: true, role: true, sessionVersion: true } as const;

/** A signed-in user and the session version their new session is minted under (see revokeSessions). */
export type SignedInUser = SessionUser & { sessionVersion: number };

type UserRow = { id: string; name: string; email: string; role: string; sessionVersion: number };

function toSessionUser(row: UserRow): SessionUser {
  return { id: row.id, name: row.name, email: row.email, role: isRole(row.role) ? row.role : "student" };
}

function toSignedInUser(row: UserRow): SignedInUser {
  return { ...toSessionUser(row), sessionVersion: row.sessionVersion };
}

/** Checks an email and password; the same `null` for an unknown email and a wrong password. */
export async function authenticate(raw: unknown): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const row = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { ...userFields, passwordHash: true },
  });
  const ok = await verifyPassword(parsed.data.password, row?.passwordHash);
  return ok && row ? toSignedInUser(row) : null;
}

/**
 * A taken email is an expected answer to sign-up, not a failure of it, so it is returned rather than thrown;
 * `reason` is an error catalogue code all the same, so the form words it like any other AppError.
 */
export type CreateAccountResult = { ok: true; user: SignedInUser } | { ok: false; reason: Extract<AppErrorCode, "email-taken"> };

/**
 * Hashes first on both paths, so a taken email answers in the same time as a new account, and the form words a
 * taken email without confirming an account exists. Without a mail channel the outcome still differs (a new
 * account is signed in), so the per-address sign-up limit is what bounds probing; see README "Security".
 */
export async function createAccount(input: SignUpInput): Promise<CreateAccountResult> {
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return { ok: false, reason: "email-taken" };
  try {
    const row = await db.user.create({
      data: { name: input.name, email: input.email, role: input.role, passwordHash },
      select: userFields,
    });
    return { ok: true, user: toSignedInUser(row) };
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, reason: "email-taken" };
    throw error;
  }
}

/** The user a session belongs to, or null when the account is gone or the session was revoked since. */
export async function findSessionUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  const row = await db.user.findUnique({ where: { id }, select: userFields });
  return row && row.sessionVersion === sessionVersion ? toSessionUser(row) : null;
}

/** Ends every session of the user minted so far (sign-out, password change): their version no longer matches. */
export async function revokeSessions(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** An OAuth sign-in: link to the user with that email, or create a student account. */
export async function findOrCreateOAuthUser(profile: {
  provider: string;
  providerAccountId: string;
  email: string;
  name: string;
}): Promise<SignedInUser> {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    select: { user: { select: userFields } },
  });
  if (linked) return toSignedInUser(linked.user);
  const email = profile.email.trim().toLowerCase();
  const user = await db.user.upsert({
    where: { email },
    update: {},
    create: { email, name: profile.name || email, role: "student" },
    select: userFields,
  });
  await db.account.create({
    data: { userId: user.id, provider: profile.provider, providerAccountId: profile.providerAccountId },
  });
  return toSignedInUser(user);
}
