import { relative } from "node:path";
import type { DbProvider } from "@/lib/database-url";
import { redactUrl } from "@/lib/database-url";
import { composeSchemas, providerSchemaFiles } from "./compose-schema";
import { NO_FILTERS, withSchemaEngine } from "./migrate";
import { openMigrationTarget } from "./migration-target";
import { migrationDirName, readMigrationsFolder, writeMigration } from "./migrations-folder";
import { migrationsDir, PROVIDERS, projectRoot } from "./paths";
import type { ThrowawayPostgres } from "./throwaway-postgres";
import { startThrowawayPostgres } from "./throwaway-postgres";

export interface CreatedMigration {
  provider: DbProvider;
  name: string;
  /** migration.sql, relative to the project root. */
  file: string;
}

export interface CreateMigrationsOptions {
  /**
   * Server used to diff the PostgreSQL migrations (only temporary shadow databases are created on it).
   * Defaults to DATABASE_URL_POSTGRES; when unset, a throwaway local server is started for the duration
   * of the command, so no running PostgreSQL is needed.
   */
  postgresUrl?: string;
  now?: Date;
}

/**
 * Diffs the current models against each provider's migrations folder (replayed into a shadow database)
 * and writes one migration per provider under the same directory name, keeping both folders in step.
 * Writes nothing when the models match the migrations.
 */
export async function createMigrations(name: string, options: CreateMigrationsOptions = {}): Promise<CreatedMigration[]> {
  await composeSchemas();
  const dirName = migrationDirName(name, options.now);
  let throwaway: ThrowawayPostgres | undefined;
  try {
    const scripts: { provider: DbProvider; script: string }[] = [];
    for (const provider of PROVIDERS) {
      let url = "file::memory:";
      if (provider === "postgresql") {
        url = options.postgresUrl ?? process.env.DATABASE_URL_POSTGRES ?? "";
        if (!url) {
          throwaway = await startThrowawayPostgres();
          url = throwaway.url;
        }
      }
      const script = await unmigratedChanges(provider, url).catch((error: unknown) => {
        throw new Error(`Diffing the ${provider} migrations (${redactUrl(url)}) failed: ${String(error)}`);
      });
      if (script !== null) scripts.push({ provider, script });
    }
    // Written only once every provider diffed fine, so a failure can't leave the folders out of step.
    const created: CreatedMigration[] = [];
    for (const { provider, script } of scripts) {
      const file = await writeMigration(migrationsDir(provider), dirName, script, provider);
      created.push({ provider, name: dirName, file: relative(projectRoot, file) });
    }
    return created;
  } finally {
    await throwaway?.stop();
  }
}

/**
 * The SQL that takes a database from `provider`'s migration history to the current models, or null when
 * the migrations already cover the models. `url` only hosts the temporary shadow database.
 */
export async function unmigratedChanges(provider: DbProvider, url: string): Promise<string | null> {
  const [migrationsList, files] = await Promise.all([
    readMigrationsFolder(migrationsDir(provider), provider),
    providerSchemaFiles(provider),
  ]);
  const target = await openMigrationTarget(url);
  return withSchemaEngine(target, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true, // 2 = non-empty diff
      filters: NO_FILTERS,
    });
    return result.exitCode === 2 && result.stdout ? result.stdout : null;
  });
}
