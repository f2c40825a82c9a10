import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import pg from "pg";
import type { MigrationTarget } from "./migration-target";

const CHAR_OID = 18; // Postgres' internal one-byte "char" (pg_class.relkind, pg_constraint.contype, ...)
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function relabelCharColumns(result: unknown): void {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as QueryResultLike | undefined)?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
}

/**
 * adapter-pg rejects result columns of type "char" (oid 18), which the engine's introspection queries
 * select from pg_catalog. Their text form is already a plain string, so relabelling them as text is lossless.
 */
class CharAsTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // pg-pool's end() resolves before sockets close; a server-side disconnect after that would surface
    // as an unhandled 'error' event. Queries still reject normally.
    this.on("error", () => undefined);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    const patched = (...args: unknown[]): unknown => {
      const callback = args.at(-1);
      if (typeof callback === "function") {
        args[args.length - 1] = (error: unknown, result: unknown) => {
          relabelCharColumns(result);
          (callback as (e: unknown, r: unknown) => void)(error, result);
        };
        return query(...args);
      }
      const ret = query(...args);
      return ret instanceof Promise ? ret.then((result: unknown) => (relabelCharColumns(result), result)) : ret;
    };
    this.query = patched as typeof this.query;
  }
}

function createPool(url: string): pg.Pool {
  return new pg.Pool({ connectionString: url, Client: CharAsTextClient as unknown as new () => pg.ClientBase });
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.href;
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Runs one statement on a short-lived connection (CREATE/DROP DATABASE can't share a pool's transaction). */
async function runOnce(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Like `prisma migrate deploy`: create the target database when it doesn't exist yet. */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  try {
    await runOnce(url, "SELECT 1");
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error; // invalid_catalog_name
    await runOnce(withDatabase(url, "postgres"), `CREATE DATABASE ${quoteIdent(databaseName(url))}`);
  }
}

/**
 * adapter-pg's executeScript splits on ";" (breaking literals and function bodies) and runs statement by
 * statement. Prisma's native engine sends the whole script as one simple query, which Postgres runs in a
 * single implicit transaction; do the same.
 */
function runScriptsWhole(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      const e = error as pg.DatabaseError;
      throw new DriverAdapterError({
        kind: "postgres",
        code: e.code ?? "N/A",
        severity: e.severity ?? "N/A",
        message: e.message,
        detail: e.detail,
        column: e.column,
        hint: e.hint,
      });
    }
  };
  return adapter;
}

/**
 * Engine access to a PostgreSQL database. The shadow database is a temporary database we create on the
 * same server (adapter-pg's own shadow handling ends up on the main database when given a connection
 * string); it is dropped when the engine disposes it, or at close() at the latest.
 */
export async function postgresMigrationTarget(url: string, createDatabase: boolean): Promise<MigrationTarget> {
  if (createDatabase) await ensurePostgresDatabase(url);
  const pools: pg.Pool[] = [];
  const shadowDatabases = new Set<string>();

  const connectTo = async (dbUrl: string) => {
    const pool = createPool(dbUrl);
    pools.push(pool);
    return { pool, adapter: runScriptsWhole(await new PrismaPg(pool).connect(), pool) };
  };

  // Plain DROP waits up to 5 s for sessions that are still closing; FORCE only for a leaked connection.
  const dropShadow = async (name: string) => {
    if (!shadowDatabases.delete(name)) return;
    const drop = `DROP DATABASE IF EXISTS ${quoteIdent(name)}`;
    await runOnce(url, drop).catch(async (error: { code?: string }) => {
      if (error.code !== "55006") throw error; // object_in_use
      await runOnce(url, `${drop} WITH (FORCE)`);
    });
  };

  return {
    provider: "postgresql",
    factory: {
      provider: "postgres",
      adapterName: "@prisma/adapter-pg",
      connect: async () => (await connectTo(url)).adapter,
      connectToShadowDb: async () => {
        const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
        await runOnce(url, `CREATE DATABASE ${quoteIdent(name)}`);
        shadowDatabases.add(name);
        const { pool, adapter } = await connectTo(withDatabase(url, name));
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = async () => {
          await dispose();
          await endPool(pool);
          await dropShadow(name);
        };
        return adapter;
      },
    },
    close: async () => {
      await Promise.all(pools.map(endPool));
      for (const name of [...shadowDatabases]) await dropShadow(name);
    },
  };
}

async function endPool(pool: pg.Pool): Promise<void> {
  if (!pool.ending) await pool.end();
}
