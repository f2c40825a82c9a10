import path from "node:path";
import { pathToFileURL } from "node:url";

// Shared by the app (lib/server/db.ts), the migration scripts and prisma.config.ts, which run outside the
// React server: so it lives outside lib/server, free of server-only and of heavy dependencies.

const DEFAULT_DATABASE_URL = "file:./.data/dev.db";

export type DbProvider = "sqlite" | "postgresql";

export function providerFromUrl(url: string): DbProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  throw new Error(
    `Unsupported DATABASE_URL scheme in "${redactUrl(url)}": use file: (SQLite) or postgres:// / postgresql:// (PostgreSQL).`,
  );
}

/**
 * The URL to use: `url`, else DATABASE_URL, else the dev SQLite file. Relative SQLite paths are made
 * absolute against `cwd` (the project root for npm scripts and Next), so every tool opens the same file.
 */
export function resolveDatabaseUrl(url = process.env.DATABASE_URL, cwd = process.cwd()): string {
  const chosen = url?.trim() || DEFAULT_DATABASE_URL;
  if (providerFromUrl(chosen) !== "sqlite") return chosen;
  const filePath = sqliteFilePath(chosen, cwd);
  return filePath === ":memory:" ? "file::memory:" : pathToFileURL(filePath).href;
}

/** Filesystem path of a `file:` URL (relative paths resolved against `cwd`). */
export function sqliteFilePath(url: string, cwd = process.cwd()): string {
  const rest = url.slice("file:".length);
  if (rest === ":memory:" || rest === "") return ":memory:";
  if (rest.startsWith("//")) return decodeURIComponent(new URL(url).pathname);
  return path.resolve(cwd, decodeURIComponent(rest));
}

/** Hides the password of a connection URL for logs and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}
