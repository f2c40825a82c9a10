import { test as base, expect } from "@playwright/test";
import { createClient } from "@libsql/client";
import { e2eDatabaseUrl } from "../scripts/e2e/e2e-database";

export { expect };

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}@e2e.test`;
}

/** Deletes the accounts with these emails; cascades remove their rows. */
export async function deleteUsers(emails: string[]): Promise<void> {
  if (emails.length === 0) return;
  // Plain SQL: Playwright's loader cannot import the ESM Prisma client.
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    await db.execute("PRAGMA foreign_keys = ON");
    await db.execute({
      sql: `DELETE FROM "User" WHERE email IN (${emails.map(() => "?").join(", ")})`,
      args: emails,
    });
  } finally {
    db.close();
  }
}

/** `trackUser(email)` marks an account the test creates; it is deleted when the test ends. */
export const test = base.extend<{ trackUser: (email: string) => string }>({
  trackUser: async ({}, provide) => {
    const emails: string[] = [];
    await provide((email) => {
      emails.push(email);
      return email;
    });
    await deleteUsers(emails);
  },
});
