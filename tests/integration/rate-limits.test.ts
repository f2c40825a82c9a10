import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/scripts/db/migrate";
import { type ThrowawayPostgres, startPostgres } from "../support/postgres";

// The app's own modules read DATABASE_URL when first imported, so it is set before they load.
const dir = mkdtempSync(path.join(tmpdir(), "rate-limits-test-"));
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;

type Db = typeof import("@/lib/server/db");
type RateLimitsModule = typeof import("@/lib/server/auth/rate-limits");
let dbModule: Db;
let rateLimitsModule: RateLimitsModule;

const limits = { signInFailuresPerAccount: 3, signInFailuresPerAddress: 5, signUpsPerAddress: 2 };

beforeAll(async () => {
  await applyMigrations(process.env.DATABASE_URL);
  dbModule = await import("@/lib/server/db");
  rateLimitsModule = await import("@/lib/server/auth/rate-limits");
});

afterAll(async () => {
  await dbModule?.db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

/** Two clients on one database stand for two app processes: each counts what the other recorded. */
async function checkSharedLimits(url: string) {
  const first = dbModule.createPrismaClient(url);
  const second = dbModule.createPrismaClient(url);
  try {
    const a = rateLimitsModule.createRateLimits(first, limits);
    const b = rateLimitsModule.createRateLimits(second, limits);

    expect(await a.checkSignIn("Ana@Example.com", "10.0.0.1")).toEqual({ allowed: true });
    await a.recordFailedSignIn("ana@example.com", "10.0.0.1");
    await b.recordFailedSignIn("ANA@example.com", "10.0.0.2");
    expect(await b.checkSignIn("ana@example.com", "10.0.0.3")).toEqual({ allowed: true });
    await a.recordFailedSignIn("ana@example.com", "10.0.0.3");
    const blocked = await b.checkSignIn("ana@example.com", "10.0.0.9");
    expect(blocked.allowed).toBe(false);
    if (!blocked.allowed) expect(blocked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // Another account from a fresh address is not affected; a success clears the account's failures.
    expect(await a.checkSignIn("ben@example.com", "10.0.0.9")).toEqual({ allowed: true });
    await b.recordSuccessfulSignIn("ana@example.com");
    expect(await a.checkSignIn("ana@example.com", "10.0.0.9")).toEqual({ allowed: true });

    // Per address: five failures over several accounts block the address for every account.
    for (const name of ["c", "d", "e", "f", "g"]) await (name < "e" ? a : b).recordFailedSignIn(`${name}@x.org`, "10.0.0.50");
    expect((await a.checkSignIn("new@x.org", "10.0.0.50")).allowed).toBe(false);
    expect((await a.checkSignIn("new@x.org", "10.0.0.51")).allowed).toBe(true);

    expect(await a.takeSignUp("10.0.0.60")).toEqual({ allowed: true });
    expect(await b.takeSignUp("10.0.0.60")).toEqual({ allowed: true });
    const third = await a.takeSignUp("10.0.0.60");
    expect(third.allowed).toBe(false);
    expect(await b.takeSignUp("10.0.0.61")).toEqual({ allowed: true });
  } finally {
    await first.$disconnect();
    await second.$disconnect();
  }
}

describe("rate limits shared through the database", () => {
  it("hold across two clients on SQLite", async () => {
    await checkSharedLimits(process.env.DATABASE_URL!);
  });

  describe("on PostgreSQL", () => {
    let server: ThrowawayPostgres;
    let url: string;
    beforeAll(async () => {
      server = await startPostgres();
      url = server.url.replace(/\/postgres$/, "/rate_limits_test");
      await applyMigrations(url);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it("hold across two clients", async () => {
      await checkSharedLimits(url);
    });
  });

  it("words the wait for people", () => {
    expect(rateLimitsModule.rateLimitMessage(61)).toBe("Too many attempts. Try again in 2 minutes.");
    expect(rateLimitsModule.rateLimitMessage(30)).toBe("Too many attempts. Try again in 1 minute.");
  });
});
