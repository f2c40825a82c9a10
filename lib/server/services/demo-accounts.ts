import "server-only";
import type { Role } from "@/lib/domain/auth/account-rules";
import type { DatabaseClient } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password-hash";

// Shown in the README and printed at start; only ever created outside production unless asked for.
export const DEMO_PASSWORD = "pacific-demo-2024";
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "student@example.com", name: "Sofía Student", role: "student" },
  { email: "teacher@example.com", name: "Takeshi Teacher", role: "teacher" },
];

/** Creates the demo accounts if missing; leaves existing ones (and their progress) alone. */
export async function ensureDemoAccounts(db: DatabaseClient): Promise<number> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing) continue;
    await db.user.create({ data: { ...account, passwordHash: await hashPassword(DEMO_PASSWORD) } });
    created += 1;
  }
  return created;
}
