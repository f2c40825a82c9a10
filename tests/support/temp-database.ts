// Import this FIRST in an integration test: it points DATABASE_URL at a fresh SQLite file before the
// app's database module loads, so the test exercises the real client on a real, throwaway database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations } from "../../scripts/db/migrate";

const dir = mkdtempSync(path.join(tmpdir(), "pacific-bridge-test-"));
export const tempDatabaseUrl = `file:${path.join(dir, "test.db")}`;
process.env.DATABASE_URL = tempDatabaseUrl;

export async function migrateTempDatabase(): Promise<void> {
  await applyMigrations(tempDatabaseUrl);
}

export function removeTempDatabase(): void {
  rmSync(dir, { recursive: true, force: true });
}
