import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type DatabaseClient } from "@/lib/server/db";
import { SQLITE_STATEMENT_BUSY_WAIT_MS } from "@/lib/sqlite-client";
import { unmigratedChanges } from "@/scripts/db/create-migrations";
import { applyMigrations, migrationStatus } from "@/scripts/db/migrate";
import { migrationsDir } from "@/scripts/db/paths";

const folder = migrationsDir("sqlite");
const localMigrations = readdirSync(folder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("SQLite database (file: URL)", () => {
  let dir: string;
  let url: string;
  let db: DatabaseClient;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "db-sqlite-test-"));
    url = `file:${path.join(dir, "nested", "test.db")}`; // the folder is created on demand
  });

  afterAll(async () => {
    await db?.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it("has migrations that cover prisma/models.prisma", async () => {
    expect(localMigrations.length).toBeGreaterThan(0);
    expect(await unmigratedChanges("sqlite", "file::memory:")).toBeNull();
  });

  it("reports a fresh database as behind", async () => {
    const status = await migrationStatus(url);
    expect(status).toMatchObject({ upToDate: false, applied: [], pending: localMigrations });
  });

  it("applies every migration to a fresh database", async () => {
    const { applied } = await applyMigrations(url);
    expect(applied).toEqual(localMigrations);
    db = createPrismaClient(url);
  });

  it("records them in _prisma_migrations the way prisma migrate deploy does", async () => {
    const rows = await db.$queryRawUnsafe<
      { migration_name: string; checksum: string; finished_at: unknown; applied_steps_count: number | bigint; rolled_back_at: unknown }[]
    >("SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM _prisma_migrations ORDER BY migration_name");
    expect(rows.map((r) => r.migration_name)).toEqual(localMigrations);
    for (const row of rows) {
      const sql = readFileSync(path.join(folder, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(Number(row.applied_steps_count)).toBe(1);
    }
  });

  it("round-trips a user and enforces unique emails", async () => {
    const created = await db.user.create({ data: { name: "Aiko Tanaka", email: "aiko@example.com" } });
    const found = await db.user.findUnique({ where: { email: "aiko@example.com" } });
    expect(found).toMatchObject({ id: created.id, name: "Aiko Tanaka", role: "student" });
    expect(found?.createdAt).toBeInstanceOf(Date);
    await expect(db.user.create({ data: { name: "Copy", email: "aiko@example.com" } })).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("runs in WAL mode with synchronous=FULL and a short busy wait, also on the connection opened after a transaction", async () => {
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode?.journal_mode).toBe("wal");
    await db.$transaction(async (tx) => tx.user.count());
    const [busy] = await db.$queryRawUnsafe<{ timeout: number | bigint }[]>("PRAGMA busy_timeout");
    expect(Number(busy?.timeout)).toBe(SQLITE_STATEMENT_BUSY_WAIT_MS);
    const [synchronous] = await db.$queryRawUnsafe<{ synchronous: number | bigint }[]>("PRAGMA synchronous");
    expect(Number(synchronous?.synchronous)).toBe(2); // FULL
  });

  it("is a no-op when applied again", async () => {
    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });

  it("reports the database as up to date", async () => {
    const status = await migrationStatus(url);
    expect(status).toMatchObject({ upToDate: true, applied: localMigrations, pending: [], failed: [] });
  });
});
