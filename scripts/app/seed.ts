// `npm run db:seed`: migrations and content; demo accounts outside production, or when SEED_DEMO=1.
import { localDatabaseUrl } from "./local-environment";
import { prepareDatabase } from "./prepare-database";

const demoAccounts = process.env.SEED_DEMO === "1" || (process.env.NODE_ENV !== "production" && process.env.SEED_DEMO !== "0");

prepareDatabase({ databaseUrl: localDatabaseUrl(), demoAccounts }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
