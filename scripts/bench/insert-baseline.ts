// The floor under any write path on this disk: one-row INSERTs straight through @libsql/client from the bench
// process (no HTTP, no Prisma, no Next), in its own scratch database with the app's pragmas (WAL,
// synchronous=FULL), and once more with synchronous=NORMAL to show what the per-commit fsync costs.
import { createClient } from "@libsql/client";
import { performance } from "node:perf_hooks";
import { SQLITE_CONNECTION_PRAGMAS } from "@/lib/sqlite-client";
import { fileUrl } from "./bench-environment";
import { removeDatabaseFiles } from "./bench-database";

export interface InsertRate {
  label: string;
  insertsPerSecond: number;
  meanMs: number;
}

async function measure(file: string, synchronous: "FULL" | "NORMAL", durationMs: number): Promise<InsertRate> {
  removeDatabaseFiles(file);
  const client = createClient({ url: fileUrl(file) });
  try {
    await client.executeMultiple(SQLITE_CONNECTION_PRAGMAS);
    // On its own, after the app's pragmas, so a --what-if patch on those can't change which mode is measured.
    await client.execute(`PRAGMA synchronous = ${synchronous}`);
    await client.execute(
      "CREATE TABLE scratch (id TEXT PRIMARY KEY, attemptId TEXT NOT NULL, questionId TEXT NOT NULL, responseJson TEXT NOT NULL, answeredAt INTEGER NOT NULL, UNIQUE (attemptId, questionId))",
    );
    let rows = 0;
    const start = performance.now();
    while (performance.now() - start < durationMs) {
      await client.execute({
        sql: "INSERT INTO scratch (id, attemptId, questionId, responseJson, answeredAt) VALUES (?, ?, ?, ?, ?)",
        args: [`row-${rows}`, `attempt-${rows >> 4}`, `question-${rows}`, '"2014"', Date.now()],
      });
      rows++;
    }
    const elapsed = performance.now() - start;
    return { label: `raw libsql INSERT, 1 row, WAL, synchronous=${synchronous}`, insertsPerSecond: (rows * 1000) / elapsed, meanMs: elapsed / rows };
  } finally {
    client.close();
    removeDatabaseFiles(file);
  }
}

export async function measureInsertBaseline(file: string, durationMs = 2_000): Promise<InsertRate[]> {
  return [await measure(file, "FULL", durationMs), await measure(file, "NORMAL", durationMs)];
}
