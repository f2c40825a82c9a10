import path from "node:path";

/** The e2e server and the tests' fixtures share this throwaway SQLite file. */
export function e2eDatabaseUrl(): string {
  return process.env.E2E_DATABASE_URL ?? `file:${path.resolve(".data/e2e.db")}`;
}

/** The e2e server's session secret: tests that mint a session cookie sign it with the same one. */
export const E2E_AUTH_SECRET = "e2e-only-secret-value-for-tests";
