import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Client, Config, InArgs, InStatement, ResultSet, Transaction, TransactionMode } from "@libsql/client";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma/postgresql/client";
import { PrismaClient as SqlitePrismaClient } from "../generated/prisma/sqlite/client";
import { providerFromUrl, resolveDatabaseUrl, sqliteFilePath } from "@/lib/database-url";

// Scripts that use the app's database (seed, ingest, the e2e server, benchmarks) run with tsx
// --conditions=react-server, where server-only is empty; Vitest aliases it to a stub.

/** Both generated clients expose the same model API; the SQLite one is the declared type. */
export type DatabaseClient = SqlitePrismaClient;

// busy_timeout: concurrent writers (dev server + a script) wait instead of failing with SQLITE_BUSY.
// WAL: readers don't block the writer. Both must hold on every connection the driver opens.
const SQLITE_PRAGMAS = "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL;";

/**
 * @libsql/client opens a fresh connection after every transaction() (and its `timeout` option isn't
 * applied to local files in 0.17), so per-connection pragmas are re-run before the next use.
 */
class PragmaClient implements Client {
  #fresh = true;

  constructor(
    private readonly inner: Client,
    private readonly pragmas: string,
  ) {}

  get closed(): boolean {
    return this.inner.closed;
  }
  get protocol(): string {
    return this.inner.protocol;
  }

  async #ready(): Promise<Client> {
    if (this.#fresh) {
      this.#fresh = false;
      await this.inner.executeMultiple(this.pragmas);
    }
    return this.inner;
  }

  execute(stmt: InStatement): Promise<ResultSet>;
  execute(sql: string, args?: InArgs): Promise<ResultSet>;
  async execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    const client = await this.#ready();
    return typeof stmtOrSql === "string" ? client.execute(stmtOrSql, args) : client.execute(stmtOrSql);
  }
  async batch(stmts: Array<InStatement | [string, InArgs?]>, mode?: TransactionMode): Promise<ResultSet[]> {
    return (await this.#ready()).batch(stmts, mode);
  }
  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return (await this.#ready()).migrate(stmts);
  }
  async transaction(mode?: TransactionMode): Promise<Transaction> {
    const tx = await (await this.#ready()).transaction(mode);
    this.#fresh = true; // the transaction took the connection with it
    return tx;
  }
  async executeMultiple(sql: string): Promise<void> {
    return (await this.#ready()).executeMultiple(sql);
  }
  sync() {
    return this.inner.sync();
  }
  close(): void {
    this.inner.close();
  }
  reconnect(): void {
    this.#fresh = true;
    this.inner.reconnect();
  }
}

class PrismaLibSqlWithPragmas extends PrismaLibSql {
  override createClient(config: Config): Client {
    return new PragmaClient(super.createClient(config), SQLITE_PRAGMAS);
  }
}

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
  return new SqlitePrismaClient({ adapter: new PrismaLibSqlWithPragmas({ url: resolved }) });
}

// One client per process; kept on globalThis so Next's dev hot reload doesn't open a new one per edit.
const globalForDb = globalThis as typeof globalThis & { __prismaDb?: DatabaseClient };

export const db: DatabaseClient = globalForDb.__prismaDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.__prismaDb = db;
