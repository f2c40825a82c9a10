import { mkdirSync } from "node:fs";
import path from "node:path";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { sqliteFilePath } from "@/lib/database-url";
import { DurableLibSql } from "@/lib/sqlite-client";
import type { MigrationTarget } from "./migration-target";

/**
 * The engine replays each migration into the shadow database with one executeRaw call, but SQLite
 * drivers run only the first statement of such a string (silently). Multi-statement SQL without
 * parameters goes through executeScript (libsql's executeMultiple) instead.
 */
function runMultiStatementRaw(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0 || !/;\s*\S/.test(query.sql.trim())) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}

/** Engine access to a SQLite file (or ":memory:"); the shadow database is always in memory. */
export function sqliteMigrationTarget(url: string): MigrationTarget {
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });

  // The app's client: its pragmas on every connection, and it waits for a live app's write lock.
  const libsql = new DurableLibSql({ url: file === ":memory:" ? ":memory:" : url });
  const adapters: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => (adapters.push(adapter), runMultiStatementRaw(adapter));

  return {
    provider: "sqlite",
    factory: {
      provider: libsql.provider,
      adapterName: libsql.adapterName,
      connect: async () => track(await libsql.connect()),
      connectToShadowDb: async () => track(await libsql.connectToShadowDb()),
    },
    // libsql's close() is idempotent, so disposing what the engine may have disposed already is safe.
    close: async () => {
      await Promise.all(adapters.map((a) => a.dispose()));
    },
  };
}
