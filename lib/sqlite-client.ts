import type { Client, Config, InArgs, InStatement, ResultSet, Transaction, TransactionMode } from "@libsql/client";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";

// Shared by the app (lib/server/db.ts) and scripts/db (migrations), so it stays free of server-only imports.

/** How long a write waits for SQLite's write lock (another process, or a transaction) before it fails. */
export const SQLITE_LOCK_WAIT_MS = 5000;

// Local libsql runs each statement on the event loop, so SQLite's own busy wait would freeze every request
// while another process holds the lock: it stays short, and the rest of the wait is async retries below.
export const SQLITE_STATEMENT_BUSY_WAIT_MS = 20;

/** Run on every connection: WAL (readers don't block the writer), a commit is on disk when acknowledged. */
export const SQLITE_CONNECTION_PRAGMAS = `PRAGMA busy_timeout = ${SQLITE_STATEMENT_BUSY_WAIT_MS}; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SQLITE_BUSY or SQLITE_LOCKED, extended codes included: the statement wrote nothing and may be retried. */
export function isSqliteBusy(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { rawCode, code } = error as { rawCode?: unknown; code?: unknown };
  if (typeof rawCode === "number") return (rawCode & 0xff) === 5 || (rawCode & 0xff) === 6;
  return typeof code === "string" && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/**
 * A libsql client that stays truthful under lock contention:
 * - after any failed statement it reopens its connection, because @libsql/client 0.17 leaves the failed
 *   statement open and the connection then reports later writes as done although they never commit;
 * - a statement or transaction start that meets a held write lock is retried asynchronously until
 *   `lockWaitMs`, then the SQLITE_BUSY error is thrown (the caller answers 503, never success);
 * - transactions begin IMMEDIATE, so a transaction can't hit the lock half-way and fail unretryably;
 * - the pragmas run on every connection it opens (libsql opens a new one after each transaction()).
 */
export class DurableSqliteClient implements Client {
  #fresh = true;
  #busySince: number | null = null;
  #lastBusyAt = 0;

  constructor(
    private readonly inner: Client,
    private readonly lockWaitMs = SQLITE_LOCK_WAIT_MS,
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
      await this.inner.executeMultiple(SQLITE_CONNECTION_PRAGMAS);
    }
    return this.inner;
  }

  async #reopen(): Promise<void> {
    this.#fresh = true;
    if (!this.inner.closed) await this.inner.reconnect();
  }

  /**
   * Runs `operation`; reopens the connection after a failure and retries while the lock is merely busy.
   * The wait counts from when the lock was first found busy, so writes queued behind one that waited
   * in vain try once and fail fast instead of each waiting the whole time again.
   */
  async #run<T>(operation: (client: Client) => Promise<T>, retryWhenBusy: boolean): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await operation(await this.#ready());
        this.#busySince = null;
        return result;
      } catch (error) {
        await this.#reopen();
        if (!retryWhenBusy || !isSqliteBusy(error)) throw error;
        const now = Date.now();
        // A lock found busy long ago, with nothing tried since, says nothing about now.
        if (this.#busySince === null || now - this.#lastBusyAt > 1000) this.#busySince = now;
        this.#lastBusyAt = now;
        const remaining = this.#busySince + this.lockWaitMs - Date.now();
        if (remaining <= 0) throw error;
        await sleep(Math.min(2 ** attempt * 2, 50, remaining));
      }
    }
  }

  execute(stmt: InStatement): Promise<ResultSet>;
  execute(sql: string, args?: InArgs): Promise<ResultSet>;
  execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    return this.#run((client) => (typeof stmtOrSql === "string" ? client.execute(stmtOrSql, args) : client.execute(stmtOrSql)), true);
  }
  batch(stmts: Array<InStatement | [string, InArgs?]>, mode?: TransactionMode): Promise<ResultSet[]> {
    // A batch is one transaction that rolls back on failure, so a retry can't apply part of it twice.
    return this.#run((client) => client.batch(stmts, mode === "read" ? "read" : "write"), true);
  }
  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.#run((client) => client.migrate(stmts), false);
  }
  async transaction(mode?: TransactionMode): Promise<Transaction> {
    const tx = await this.#run((client) => client.transaction(mode === "read" ? "read" : "write"), true);
    this.#fresh = true; // the transaction took the connection with it
    return tx;
  }
  executeMultiple(sql: string): Promise<void> {
    // A script may have run part-way: never retried.
    return this.#run((client) => client.executeMultiple(sql), false);
  }
  sync() {
    return this.inner.sync();
  }
  close(): void {
    this.inner.close();
  }
  reconnect(): Promise<void> {
    return this.#reopen();
  }
}

/** The Prisma libsql adapter factory with durable clients (one connection: for migrations and tools). */
export class DurableLibSql extends PrismaLibSql {
  override createClient(config: Config): Client {
    return new DurableSqliteClient(super.createClient(config));
  }
}

// Prisma's reads and writes are plain SELECTs and INSERT/UPDATE/DELETE (RETURNING included) respectively.
const isPlainRead = (sql: string) => /^\s*SELECT\b/i.test(sql);

/**
 * The libsql adapter queues every query of a client behind one lock, so a write waiting for another
 * process's lock would hold up every read. Reads outside transactions get their own connection (WAL
 * lets them run while a write waits), writes and transactions keep theirs.
 */
function splitReadsFromWrites(writer: SqlDriverAdapter, reader: SqlDriverAdapter): SqlDriverAdapter {
  return {
    provider: writer.provider,
    adapterName: writer.adapterName,
    queryRaw: (query: SqlQuery) => (isPlainRead(query.sql) ? reader : writer).queryRaw(query),
    executeRaw: (query: SqlQuery) => writer.executeRaw(query),
    executeScript: (script: string) => writer.executeScript(script),
    startTransaction: (isolationLevel) => writer.startTransaction(isolationLevel),
    getConnectionInfo: writer.getConnectionInfo?.bind(writer),
    dispose: async () => {
      await Promise.all([writer.dispose(), reader.dispose()]);
    },
  };
}

/** The Prisma adapter factory for a SQLite `file:` URL: durable clients, reads beside writes. */
export class DurableSqliteAdapterFactory extends DurableLibSql {
  readonly #inMemory: boolean;

  constructor(config: Config) {
    super(config);
    this.#inMemory = /^file::memory:|^:memory:/.test(config.url);
  }

  override async connect(): Promise<SqlDriverAdapter> {
    // Two connections to ":memory:" would be two databases.
    if (this.#inMemory) return super.connect();
    const [writer, reader] = await Promise.all([super.connect(), super.connect()]);
    return splitReadsFromWrites(writer, reader);
  }
}
