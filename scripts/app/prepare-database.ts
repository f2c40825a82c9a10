import { applyMigrations } from "../db/migrate";
import { ingestContentFolder } from "./ingest-content-folder";
import { createPrismaClient } from "@/lib/server/db";
import { ensureDemoClass } from "@/lib/server/services/demo-class";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureDemoAccounts } from "@/lib/server/services/demo-accounts";

export interface PrepareOptions {
  databaseUrl: string;
  demoAccounts: boolean;
  log?: (line: string) => void;
}

/** Everything a database needs before the app serves from it: schema, content, and (outside production) demo accounts. */
export async function prepareDatabase({ databaseUrl, demoAccounts, log = console.log }: PrepareOptions): Promise<void> {
  const { applied } = await applyMigrations(databaseUrl);
  log(applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database schema is up to date.");
  log("Loading content:");
  await ingestContentFolder(databaseUrl, log);
  const db = createPrismaClient(databaseUrl);
  try {
    if (demoAccounts) {
      const created = await ensureDemoAccounts(db);
      if (await ensureDemoClass(db, DEMO_PASSWORD)) log("Demo class created for teacher@example.com, with five students and two assignments.");
      log(
        `Demo accounts ${created > 0 ? "created" : "ready"}: ${DEMO_ACCOUNTS.map((account) => account.email).join(", ")} (password: ${DEMO_PASSWORD})`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}
