import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DbProvider } from "@/lib/database-url";
import { providerFromUrl } from "@/lib/database-url";
import { postgresMigrationTarget } from "./postgres-target";
import { sqliteMigrationTarget } from "./sqlite-target";

/** A database the schema engine can work on, plus the cleanup of every connection it opened. */
export interface MigrationTarget {
  provider: DbProvider;
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/**
 * Picks the driver adapter from the URL scheme (file: → SQLite, postgres(ql):// → PostgreSQL).
 * `createDatabase` creates a missing PostgreSQL database like `prisma migrate deploy` does (SQLite
 * files always appear on first use).
 */
export async function openMigrationTarget(url: string, { createDatabase = false } = {}): Promise<MigrationTarget> {
  return providerFromUrl(url) === "sqlite" ? sqliteMigrationTarget(url) : postgresMigrationTarget(url, createDatabase);
}
