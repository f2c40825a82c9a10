import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DbProvider } from "@/lib/database-url";

// Resolved from this file rather than process.cwd() so tests and scripts find the schema wherever they run.
export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
export const prismaDir = path.join(projectRoot, "prisma");

export const PROVIDERS: readonly DbProvider[] = ["sqlite", "postgresql"];

/** Datasource + generator file and migrations of one provider live in prisma/<provider>/. */
export function providerDir(provider: DbProvider): string {
  return path.join(prismaDir, provider);
}

export function migrationsDir(provider: DbProvider): string {
  return path.join(providerDir(provider), "migrations");
}

/** Where scripts/db/compose-schema.ts copies the shared models (git-ignored, see prisma/.gitignore). */
export function sharedModelsDir(provider: DbProvider): string {
  return path.join(providerDir(provider), "shared");
}
