// Counts and times every SQL statement the app's Prisma client sends, by wrapping the @libsql/client that the
// Prisma libsql adapter creates. Local libsql runs statements synchronously, so each timing is SQLite's own work.
import type { Client, InStatement, Transaction, TransactionMode } from "@libsql/client";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { performance } from "node:perf_hooks";

export interface RecordedStatement {
  sql: string;
  ms: number;
}

export class SqlRecorder {
  statements: RecordedStatement[] = [];
  recording = false;

  record(sql: string, ms: number): void {
    if (this.recording) this.statements.push({ sql, ms });
  }

  take(): RecordedStatement[] {
    const taken = this.statements;
    this.statements = [];
    return taken;
  }
}

function sqlOf(statement: InStatement | string): string {
  return typeof statement === "string" ? statement : statement.sql;
}

function timed<T>(recorder: SqlRecorder, sql: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  return run().finally(() => recorder.record(sql, performance.now() - start));
}

function wrapTransaction(tx: Transaction, recorder: SqlRecorder): Transaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === "execute") return (statement: InStatement) => timed(recorder, sqlOf(statement), () => target.execute(statement));
      if (property === "commit") return () => timed(recorder, "COMMIT", () => target.commit());
      if (property === "rollback") return () => timed(recorder, "ROLLBACK", () => target.rollback());
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function wrapClient(client: Client, recorder: SqlRecorder): Client {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "execute") {
        return (statement: InStatement | string, args?: never) =>
          timed(recorder, sqlOf(statement), () => (typeof statement === "string" ? target.execute(statement, args) : target.execute(statement)));
      }
      if (property === "executeMultiple") return (sql: string) => timed(recorder, sql, () => target.executeMultiple(sql));
      if (property === "transaction") {
        return (mode?: TransactionMode) =>
          timed(recorder, `BEGIN (${mode ?? "write"}) — new connection next`, () => target.transaction(mode)).then((tx) => wrapTransaction(tx, recorder));
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Wraps every libsql client the adapter creates from now on (the app's `db` connects lazily, on first query). */
export function installSqlRecorder(): SqlRecorder {
  const recorder = new SqlRecorder();
  const prototype = PrismaLibSql.prototype as unknown as { createClient(config: unknown): Client };
  const original = prototype.createClient;
  prototype.createClient = function createRecordedClient(config: unknown) {
    return wrapClient(original.call(this, config), recorder);
  };
  return recorder;
}
