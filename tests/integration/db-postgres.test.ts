import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type DatabaseClient } from "@/lib/server/db";
import { unmigratedChanges } from "@/scripts/db/create-migrations";
import { applyMigrations, migrationStatus } from "@/scripts/db/migrate";
import { migrationsDir } from "@/scripts/db/paths";
import { ensurePostgresDatabase } from "@/scripts/db/postgres-target";
import { POSTGRES_MAJOR } from "@/scripts/db/throwaway-postgres";
import { type ThrowawayPostgres, startPostgres } from "../support/postgres";

const folder = migrationsDir("postgresql");
const localMigrations = readdirSync(folder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("PostgreSQL database (throwaway server)", () => {
  let server: ThrowawayPostgres;
  let url: string;
  let db: DatabaseClient;

  beforeAll(async () => {
    server = await startPostgres();
    url = server.url.replace(/\/postgres$/, "/app_test");
  });

  afterAll(async () => {
    await db?.$disconnect();
    await server?.stop();
  });

  it("runs the PostgreSQL major that production uses", async () => {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    const { rows } = await admin.query<{ server_version_num: string }>("SHOW server_version_num");
    await admin.end();
    expect(Math.floor(Number(rows[0]?.server_version_num) / 10000)).toBe(POSTGRES_MAJOR);
  });

  it("has migrations that cover prisma/models.prisma, and cleans up its shadow database", async () => {
    expect(localMigrations.length).toBeGreaterThan(0);
    expect(await unmigratedChanges("postgresql", server.url)).toBeNull();
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    const { rows } = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'");
    await admin.end();
    expect(rows).toEqual([]);
  });

  it("reports a fresh database as behind", async () => {
    await ensurePostgresDatabase(url); // applyMigrations would create it too
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
      { migration_name: string; checksum: string; finished_at: unknown; applied_steps_count: number; rolled_back_at: unknown }[]
    >(
      "SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(localMigrations);
    for (const row of rows) {
      const sql = readFileSync(path.join(folder, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("round-trips a user and enforces unique emails", async () => {
    const created = await db.user.create({ data: { name: "José Yamamoto", email: "jose@example.com" } });
    const found = await db.user.findUnique({ where: { email: "jose@example.com" } });
    expect(found).toMatchObject({ id: created.id, name: "José Yamamoto", role: "student" });
    expect(found?.createdAt).toBeInstanceOf(Date);
    await expect(db.user.create({ data: { name: "Copy", email: "jose@example.com" } })).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("is a no-op when applied again", async () => {
    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });

  it("reports the database as up to date", async () => {
    const status = await migrationStatus(url);
    expect(status).toMatchObject({ upToDate: true, applied: localMigrations, pending: [], failed: [] });
  });

  it("creates a missing database before migrating it, like prisma migrate deploy", async () => {
    const missing = server.url.replace(/\/postgres$/, "/created_on_demand");
    expect(await applyMigrations(missing)).toEqual({ applied: localMigrations });
  });
});
