import { migrateTempDatabase, removeTempDatabase, tempDatabaseUrl } from "../support/temp-database";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { isDatabaseUnavailable } from "@/lib/database-failure";
import { SQLITE_LOCK_WAIT_MS } from "@/lib/sqlite-client";
import { holdWriteLock } from "../../scripts/durability/hold-write-lock";

// Another process holds SQLite's write lock for longer than the app waits for it, while writers and a
// reader keep going. Every write the client reported as done must be stored; the rest must have failed.
const HOLD_MS = SQLITE_LOCK_WAIT_MS + 1500;
const WRITERS = 4;

interface Tally {
  acknowledged: string[];
  failures: unknown[];
  readsWhileHeld: number;
}

async function writeUntil(stop: () => boolean, writer: number, tally: Tally): Promise<void> {
  for (let i = 0; !stop(); i++) {
    const email = `writer-${writer}-${i}@lock.test`;
    try {
      await db.user.create({ data: { name: `Writer ${writer}`, email }, select: { id: true } });
      tally.acknowledged.push(email);
    } catch (error) {
      tally.failures.push(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("SQLite write lock held by another process", () => {
  beforeAll(async () => {
    await migrateTempDatabase();
    await db.user.count();
  });

  afterAll(async () => {
    await db.$disconnect();
    removeTempDatabase();
  });

  it("stores every acknowledged write, fails the rest as unavailable, keeps reading, and recovers by itself", async () => {
    const tally: Tally = { acknowledged: [], failures: [], readsWhileHeld: 0 };
    const lock = await holdWriteLock(tempDatabaseUrl, HOLD_MS);
    let released = false;
    void lock.released.then(() => (released = true));
    let writing = true;
    const writers = Array.from({ length: WRITERS }, (_, writer) => writeUntil(() => !writing, writer, tally));
    const reader = (async () => {
      while (!released) {
        await db.user.count();
        if (!released) tally.readsWhileHeld++;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    await lock.released;
    await reader;
    // Keep writing a moment after the release: the same client must commit again without a restart.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    writing = false;
    await Promise.all(writers);

    const check = createClient({ url: tempDatabaseUrl });
    const stored = new Set((await check.execute(`SELECT email FROM "User"`)).rows.map((row) => String(row.email)));
    check.close();
    const lost = tally.acknowledged.filter((email) => !stored.has(email));

    expect(lost).toEqual([]);
    expect(stored.size).toBe(tally.acknowledged.length);
    expect(tally.failures.length).toBeGreaterThan(0);
    expect(tally.failures.filter((error) => !isDatabaseUnavailable(error))).toEqual([]);
    expect(tally.readsWhileHeld).toBeGreaterThan(0);
    const afterRelease = await db.user.create({ data: { name: "After", email: "after@lock.test" }, select: { email: true } });
    expect(afterRelease.email).toBe("after@lock.test");
  });
});
