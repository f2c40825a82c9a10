import { defineConfig } from "prisma/config";
import type { DbProvider } from "./lib/database-url";
import { providerFromUrl, resolveDatabaseUrl } from "./lib/database-url";

// Lets the stock Prisma CLI work on our layout: the schema folder and migrations follow the provider of
// DATABASE_URL (default: the dev SQLite file), e.g. `DATABASE_URL=postgres://… npx prisma migrate deploy`.
// PRISMA_PROVIDER picks the folder explicitly (scripts/db/generate.ts sets it per client).
const url = resolveDatabaseUrl();
const urlProvider = providerFromUrl(url);
const provider: DbProvider = process.env.PRISMA_PROVIDER === "postgresql" || process.env.PRISMA_PROVIDER === "sqlite"
  ? process.env.PRISMA_PROVIDER
  : urlProvider;

export default defineConfig({
  schema: `prisma/${provider}`,
  migrations: { path: `prisma/${provider}/migrations` },
  // A URL of the other provider would be meaningless for this schema folder.
  datasource: provider === urlProvider ? { url } : {},
});
