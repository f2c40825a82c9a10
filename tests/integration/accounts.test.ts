import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../scripts/db/migrate";

// The app's own modules read DATABASE_URL when first imported, so it is set before they load.
const dir = mkdtempSync(path.join(tmpdir(), "accounts-test-"));
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;

type Credentials = typeof import("../../lib/server/auth/credentials");
let credentials: Credentials;
let db: typeof import("../../lib/server/db").db;

beforeAll(async () => {
  await applyMigrations(process.env.DATABASE_URL);
  credentials = await import("../../lib/server/auth/credentials");
  db = (await import("../../lib/server/db")).db;
});

afterAll(async () => {
  await db?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("accounts on a real database", () => {
  const input = { name: "Ana", email: "ana@example.com", password: "a long passphrase here", role: "teacher" as const };

  it("creates an account with a bcrypt hash, never the password", async () => {
    const result = await credentials.createAccount(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user).toEqual({ id: expect.any(String), name: "Ana", email: "ana@example.com", role: "teacher", sessionVersion: 0 });
    expect(Object.keys(result.user)).not.toContain("passwordHash");
    const row = await db.user.findUniqueOrThrow({ where: { email: input.email } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(row.passwordHash).not.toContain(input.password);
  });

  it("refuses a second account with the same email", async () => {
    expect(await credentials.createAccount({ ...input, name: "Other" })).toEqual({ ok: false, reason: "email-taken" });
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
  });

  it("a taken email costs the same hashing as a new account, so the answer's timing tells nothing", async () => {
    const median = (times: number[]) => times.sort((a, b) => a - b)[1] as number;
    const timed = async (email: string) => {
      const started = performance.now();
      await credentials.createAccount({ ...input, email });
      return performance.now() - started;
    };
    const fresh: number[] = [];
    const taken: number[] = [];
    // Interleaved, so load on the machine falls on both alike.
    for (let i = 0; i < 3; i++) {
      fresh.push(await timed(`timing-${i}@example.com`));
      taken.push(await timed(input.email));
    }
    // Before hashing came first on both paths this ratio was about 0.03 (11 ms against 323 ms).
    const ratio = median(taken) / median(fresh);
    console.log(`sign-up timing: taken ${median(taken).toFixed(0)} ms, new ${median(fresh).toFixed(0)} ms (ratio ${ratio.toFixed(2)})`);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
  });

  it("authenticates the right password only, the same way for an unknown email", async () => {
    const user = await credentials.authenticate({ email: " ANA@example.com ", password: input.password });
    expect(user?.email).toBe("ana@example.com");
    expect(await credentials.authenticate({ email: input.email, password: "wrong password!!" })).toBeNull();
    expect(await credentials.authenticate({ email: "nobody@example.com", password: input.password })).toBeNull();
    expect(await credentials.authenticate({ email: input.email })).toBeNull();
  });

  it("links an OAuth identity to the account with the same email", async () => {
    const linked = await credentials.findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: "42",
      email: "Ana@Example.com",
      name: "Ana GH",
    });
    expect(linked.email).toBe("ana@example.com");
    expect(linked.role).toBe("teacher");
    const again = await credentials.findOrCreateOAuthUser({ provider: "github", providerAccountId: "42", email: "x@y.z", name: "" });
    expect(again.id).toBe(linked.id);
    expect(await db.account.count()).toBe(1);
  });
});

describe("session revocation", () => {
  it("a session minted under an older version no longer finds its user", async () => {
    const user = await credentials.authenticate({ email: "ana@example.com", password: "a long passphrase here" });
    expect(user).not.toBeNull();
    if (!user) return;
    expect(await credentials.findSessionUser(user.id, user.sessionVersion)).toMatchObject({ id: user.id });
    await credentials.revokeSessions(user.id);
    expect(await credentials.findSessionUser(user.id, user.sessionVersion)).toBeNull();
    const again = await credentials.authenticate({ email: "ana@example.com", password: "a long passphrase here" });
    expect(again?.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await credentials.findSessionUser(user.id, again!.sessionVersion)).toMatchObject({ id: user.id });
  });
});
