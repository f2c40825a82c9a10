import { redactUrl, resolveDatabaseUrl } from "@/lib/database-url";
import { createMigrations } from "./create-migrations";
import { generateClients } from "./generate";
import { applyMigrations, migrationStatus } from "./migrate";

// Entry point of the npm db:* scripts:
//   db:generate               both Prisma clients (SQLite + PostgreSQL), offline
//   db:migrate                apply pending migrations to DATABASE_URL (default file:./.data/dev.db)
//   db:migrate:create NAME    new migration for every provider from prisma/models.prisma
//   db:migrate:status         applied / pending migrations of DATABASE_URL

const USAGE = "Usage: tsx scripts/db/cli.ts generate | migrate | create <name> | status";

async function main(command: string | undefined, args: string[]): Promise<number> {
  switch (command) {
    case "generate":
      await generateClients();
      return 0;

    case "migrate": {
      const url = resolveDatabaseUrl();
      const { applied } = await applyMigrations(url);
      console.log(`${redactUrl(url)}: ${applied.length ? `applied ${applied.join(", ")}` : "no pending migrations"}`);
      return 0;
    }

    case "create": {
      const name = args.join(" ").trim();
      if (!name) {
        console.error("Give the migration a name, e.g. npm run db:migrate:create -- add_quiz");
        return 1;
      }
      const created = await createMigrations(name);
      if (created.length === 0) console.log("No schema changes: no migration written.");
      for (const m of created) console.log(`${m.provider}: wrote ${m.file}`);
      return 0;
    }

    case "status": {
      const url = resolveDatabaseUrl();
      const s = await migrationStatus(url);
      console.log(`${redactUrl(url)} (${s.provider}), ${s.local.length} migration(s) in prisma/${s.provider}/migrations`);
      for (const name of s.applied) console.log(`  applied  ${name}`);
      for (const name of s.pending) console.log(`  pending  ${name}`);
      for (const name of s.failed) console.log(`  FAILED   ${name}`);
      for (const name of s.edited) console.log(`  edited   ${name} (migration.sql changed after it was applied)`);
      for (const name of s.missingLocally) console.log(`  missing  ${name} (applied, but not in the migrations folder)`);
      console.log(s.upToDate ? "Database schema is up to date." : "Database is NOT up to date.");
      return s.upToDate ? 0 : 1;
    }

    default:
      console.error(USAGE);
      return 1;
  }
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
