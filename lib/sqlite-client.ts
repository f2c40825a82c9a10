import { LibsqlError, type Client, type Config, type InArgs, type InStatement, type ResultSet, type Transaction, type TransactionMode } from "@libsql/client";
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
 * - a transaction runs on the connection it holds (libsql's own transaction() hands that connection to the
 *   transaction and opens a new one, whose set-up pragmas and schema read then cost every transaction);
 *   meanwhile every other call waits, so nothing else can land inside it;
 * - the pragmas run on every connection it opens.
 */
export class DurableSqliteClient implements Client {
  #fresh = true;
  #busySince: number | null = null;
  #lastBusyAt = 0;
  /** Settles when the operation (or transaction) in progress ends: calls run one after another. */
  #tail: Promise<void> = Promise.resolve();

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

  /** Waits for the calls before this one; the returned function lets the next one go. */
  #turn(): Promise<() => void> {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => done);
    return previous.then(() => release);
  }

  async #exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const release = await this.#turn();
    try {
      return await operation();
    } finally {
      release();
    }
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
    return this.#exclusive(() =>
      this.#run((client) => (typeof stmtOrSql === "string" ? client.execute(stmtOrSql, args) : client.execute(stmtOrSql)), true),
    );
  }
  batch(stmts: Array<InStatement | [string, InArgs?]>, mode?: TransactionMode): Promise<ResultSet[]> {
    // A batch is one transaction that rolls back on failure, so a retry can't apply part of it twice.
    return this.#exclusive(() => this.#run((client) => client.batch(stmts, mode === "read" ? "read" : "write"), true));
  }
  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.#exclusive(() => this.#run((client) => client.migrate(stmts), false));
  }
  async transaction(mode?: TransactionMode): Promise<Transaction> {
    const release = await this.#turn();
    try {
      // BEGIN IMMEDIATE takes the write lock now (or meets it busy and is retried like any write).
      const begin = mode === "read" ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE";
      const client = await this.#run(async (client) => (await client.execute(begin), client), true);
      return new HeldTransaction(client, () => this.#reopen(), release);
    } catch (error) {
      release();
      throw error;
    }
  }
  executeMultiple(sql: string): Promise<void> {
    // A script may have run part-way: never retried.
    return this.#exclusive(() => this.#run((client) => client.executeMultiple(sql), false));
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

/**
 * A transaction on the client's own connection, ended by COMMIT or ROLLBACK. Any failed statement abandons it:
 * it is rolled back and the connection reopened (libsql 0.17 must not go on with a failed statement left open).
 */
class HeldTransaction implements Transaction {
  #open = true;

  constructor(
    private readonly client: Client,
    private readonly reopen: () => Promise<void>,
    private readonly release: () => void,
  ) {}

  get closed(): boolean {
    return !this.#open;
  }

  #ensureOpen(): void {
    if (!this.#open) throw new LibsqlError("The transaction is closed", "TRANSACTION_CLOSED");
  }

  #end(): void {
    if (!this.#open) return;
    this.#open = false;
    this.release();
  }

  async #abandon(): Promise<void> {
    if (!this.#open) return;
    this.#open = false;
    try {
      // Closing alone would not end it: a connection with a failed statement left open stays alive (holding the
      // write lock) until that statement is collected. ROLLBACK ends the transaction; the reopen drops the rest.
      await this.client.execute("ROLLBACK").catch(() => undefined);
      await this.reopen();
    } finally {
      this.release();
    }
  }

  async #step<T>(operation: () => Promise<T>): Promise<T> {
    this.#ensureOpen();
    try {
      return await operation();
    } catch (error) {
      await this.#abandon();
      throw error;
    }
  }

  execute(stmt: InStatement): Promise<ResultSet> {
    return this.#step(() => this.client.execute(stmt));
  }
  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = [];
    for (const stmt of stmts) results.push(await this.execute(stmt));
    return results;
  }
  executeMultiple(): Promise<void> {
    // libsql's executeMultiple rolls back any open transaction when it ends.
    return Promise.reject(new LibsqlError("A script can't run inside a transaction", "TRANSACTION_SCRIPT"));
  }
  async commit(): Promise<void> {
    await this.#step(() => this.client.execute("COMMIT"));
    this.#end();
  }
  async rollback(): Promise<void> {
    if (!this.#open) return;
    try {
      await this.client.execute("ROLLBACK");
      this.#end();
    } catch {
      await this.#abandon();
    }
  }
  close(): void {
    void this.rollback();
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
