import "server-only";
import type { SessionUser } from "@/lib/domain/auth/access";
import { isRole } from "@/lib/domain/auth/account-rules";
import { signInSchema, type SignUpInput } from "@/lib/domain/auth/inputs";
import type { AppErrorCode } from "@/lib/domain/errors/app-error";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password-hash";

const userFields = { id: true, name: true, email: true, role: true } as const;

function toSessionUser(row: { id: string; name: string; email: string; role: string }): SessionUser {
  return { id: row.id, name: row.name, email: row.email, role: isRole(row.role) ? row.role : "student" };
}

/** Checks an email and password; the same `null` for an unknown email and a wrong password. */
export async function authenticate(raw: unknown): Promise<SessionUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const row = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { ...userFields, passwordHash: true },
  });
  const ok = await verifyPassword(parsed.data.password, row?.passwordHash);
  return ok && row ? toSessionUser(row) : null;
}

/**
 * A taken email is an expected answer to sign-up, not a failure of it, so it is returned rather than thrown;
 * `reason` is an error catalogue code all the same, so the form words it like any other AppError.
 */
export type CreateAccountResult = { ok: true; user: SessionUser } | { ok: false; reason: Extract<AppErrorCode, "email-taken"> };

export async function createAccount(input: SignUpInput): Promise<CreateAccountResult> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return { ok: false, reason: "email-taken" };
  const passwordHash = await hashPassword(input.password);
  try {
    const row = await db.user.create({
      data: { name: input.name, email: input.email, role: input.role, passwordHash },
      select: userFields,
    });
    return { ok: true, user: toSessionUser(row) };
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, reason: "email-taken" };
    throw error;
  }
}

export async function findSessionUser(id: string): Promise<SessionUser | null> {
  const row = await db.user.findUnique({ where: { id }, select: userFields });
  return row ? toSessionUser(row) : null;
}

/** An OAuth sign-in: link to the user with that email, or create a student account. */
export async function findOrCreateOAuthUser(profile: {
  provider: string;
  providerAccountId: string;
  email: string;
  name: string;
}): Promise<SessionUser> {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    select: { user: { select: userFields } },
  });
  if (linked) return toSessionUser(linked.user);
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
  return toSessionUser(user);
}
