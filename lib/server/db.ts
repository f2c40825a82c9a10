import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma/postgresql/client";
import { PrismaClient as SqlitePrismaClient } from "../generated/prisma/sqlite/client";
import { type DbProvider, providerFromUrl, resolveDatabaseUrl, sqliteFilePath } from "@/lib/database-url";
import { DurableSqliteAdapterFactory, SQLITE_LOCK_WAIT_MS } from "@/lib/sqlite-client";

// Scripts that use the app's database (seed, ingest, the e2e server, benchmarks) run with tsx
// --conditions=react-server, where server-only is empty; Vitest aliases it to a stub.

/** Both generated clients expose the same model API; the SQLite one is the declared type. */
export type DatabaseClient = SqlitePrismaClient;

/** Connections each process may open to PostgreSQL (DATABASE_POOL_SIZE, default 10, pg's own default). */
export function postgresPoolSize(value = process.env.DATABASE_POOL_SIZE): number {
  if (value === undefined || value === "") return 10;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new Error(`DATABASE_POOL_SIZE must be a positive whole number, not "${value}".`);
  return size;
}

/**
 * A Prisma client for `url` (default: DATABASE_URL, then file:./.data/dev.db), with the driver adapter
 * its scheme calls for. Callers own it: `$disconnect()` when done. The schema must be migrated first
 * (npm run db:migrate, or applyMigrations from scripts/db/migrate).
 */
export function createPrismaClient(url?: string): DatabaseClient {
  const resolved = resolveDatabaseUrl(url);
  if (providerFromUrl(resolved) === "postgresql") {
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: resolved, max: postgresPoolSize() }) });
    return client as unknown as DatabaseClient;
  }
  const file = sqliteFilePath(resolved);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  return new SqlitePrismaClient({
    adapter: new DurableSqliteAdapterFactory({ url: resolved }),
    // A transaction waits for the write lock as long as a single write does (Prisma's default is 2 s).
    transactionOptions: { maxWait: SQLITE_LOCK_WAIT_MS },
  });
}

// One client per process; kept on globalThis so Next's dev hot reload doesn't open a new one per edit.
const globalForDb = globalThis as typeof globalThis & { __prismaDb?: DatabaseClient };

export const db: DatabaseClient = globalForDb.__prismaDb ?? createPrismaClient();
/** Which SQL dialect `db` speaks, for the few raw statements whose text differs between the two. */
export const dbProvider: DbProvider = providerFromUrl(resolveDatabaseUrl());
if (process.env.NODE_ENV !== "production") globalForDb.__prismaDb = db;
