import type { DbProvider } from "@/lib/database-url";
import { providerFromUrl, resolveDatabaseUrl } from "@/lib/database-url";
import type { MigrationTarget } from "./migration-target";
import { openMigrationTarget } from "./migration-target";
import { readMigrationsFolder } from "./migrations-folder";
import { migrationsDir } from "./paths";
import type { SchemaEngine } from "./wasm-schema-engine";
import { openSchemaEngine } from "./wasm-schema-engine";

// Programmatic `prisma migrate deploy` / `prisma migrate status` over the Wasm schema engine. The engine
// itself creates and fills _prisma_migrations (checksums, timestamps, step counts) exactly as for the CLI.

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

export async function withSchemaEngine<T>(
  target: MigrationTarget,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  let engine: SchemaEngine | undefined;
  try {
    engine = await openSchemaEngine(target.factory);
    return await run(engine);
  } finally {
    engine?.free();
    await target.close();
  }
}

/** Applies the pending migrations of the URL's provider. Defaults to DATABASE_URL, then the dev SQLite file. */
export async function applyMigrations(databaseUrl?: string): Promise<{ applied: string[] }> {
  const url = resolveDatabaseUrl(databaseUrl);
  const migrationsList = await readMigrationsFolder(migrationsDir(providerFromUrl(url)));
  const target = await openMigrationTarget(url, { createDatabase: true });
  return withSchemaEngine(target, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return { applied: appliedMigrationNames };
  });
}

export interface MigrationStatus {
  provider: DbProvider;
  /** Migrations in the folder, in order. */
  local: string[];
  /** Finished migrations recorded in _prisma_migrations, in the order they ran. */
  applied: string[];
  /** In the folder but not applied yet. */
  pending: string[];
  /** Recorded in the database but missing from the folder. */
  missingLocally: string[];
  failed: string[];
  /** Applied, but migration.sql changed since (checksum mismatch). */
  edited: string[];
  upToDate: boolean;
}

export async function migrationStatus(databaseUrl?: string): Promise<MigrationStatus> {
  const url = resolveDatabaseUrl(databaseUrl);
  const provider = providerFromUrl(url);
  const migrationsList = await readMigrationsFolder(migrationsDir(provider));
  const local = migrationsList.migrationDirectories.map((d) => d.path);
  const target = await openMigrationTarget(url);
  return withSchemaEngine(target, async (engine) => {
    const applied = await readAppliedMigrations(target);
    // Through a driver adapter the engine can't tell "no _prisma_migrations table" from other errors and
    // fails, so a never-migrated database is handled here.
    if (applied === null) {
      const empty = { applied: [], missingLocally: [], failed: [], edited: [] };
      return { provider, local, ...empty, pending: local, upToDate: local.length === 0 };
    }
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    });
    const history = diagnosis.history;
    return {
      provider,
      local,
      applied,
      pending: history && "unappliedMigrationNames" in history ? history.unappliedMigrationNames : [],
      missingLocally: history && "unpersistedMigrationNames" in history ? history.unpersistedMigrationNames : [],
      failed: diagnosis.failedMigrationNames,
      edited: diagnosis.editedMigrationNames,
      upToDate: history === null && diagnosis.failedMigrationNames.length === 0,
    };
  });
}

const MIGRATIONS_TABLE_EXISTS: Record<DbProvider, string> = {
  sqlite: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'",
  postgresql:
    "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'",
};

/** Finished, not rolled back migrations in the order they ran; null when the table doesn't exist. */
async function readAppliedMigrations(target: MigrationTarget): Promise<string[] | null> {
  const adapter = await target.factory.connect();
  const query = (sql: string) => adapter.queryRaw({ sql, args: [], argTypes: [] });
  try {
    const exists = await query(MIGRATIONS_TABLE_EXISTS[target.provider]);
    if (exists.rows.length === 0) return null;
    const result = await query(
      `SELECT migration_name FROM _prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY started_at, migration_name`,
    );
    return result.rows.map((row) => String(row[0]));
  } finally {
    await adapter.dispose();
  }
}
