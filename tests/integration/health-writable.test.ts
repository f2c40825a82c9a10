import { migrateTempDatabase, removeTempDatabase, tempDatabaseUrl } from "../support/temp-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { db } from "@/lib/server/db";
import { holdWriteLock } from "../../scripts/durability/hold-write-lock";

const waitPastCachedResult = () => new Promise((resolve) => setTimeout(resolve, 1100));

describe("GET /api/health on SQLite", () => {
  beforeAll(async () => {
    await migrateTempDatabase();
  });

  afterAll(async () => {
    await db.$disconnect();
    removeTempDatabase();
  });

  it("answers 200 after a committed write", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
    expect(await db.heartbeat.count()).toBe(1);
  });

  it("answers 503 while the database can't take a write, though reads still work, and 200 again after", async () => {
    await waitPastCachedResult();
    const lock = await holdWriteLock(tempDatabaseUrl, 4000);
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "error" });
    expect(await db.heartbeat.count()).toBe(1); // a read-only check would have said ok
    await lock.released;
    await waitPastCachedResult();
    expect((await GET()).status).toBe(200);
  });
});
