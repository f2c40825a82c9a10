import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl } from "@/lib/database-url";

const DATA_DIR = path.resolve(".data");

/** The local SQLite database (.data/dev.db) unless DATABASE_URL names another. */
export function localDatabaseUrl(): string {
  return resolveDatabaseUrl();
}

/** A session secret kept in the git-ignored data folder, so sign-ins survive restarts without any setup. */
export function localAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}
