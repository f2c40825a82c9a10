import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DbProvider } from "@/lib/database-url";
import { PROVIDERS, prismaDir, projectRoot, providerDir, sharedModelsDir } from "./paths";
import type { SchemaFile } from "./wasm-schema-engine";

// One schema per provider = prisma/<provider>/*.prisma (datasource + generator) + the shared
// prisma/*.prisma models. Prisma reads a schema folder recursively, so copying the shared files into
// prisma/<provider>/shared/ turns each provider folder into a complete multi-file schema that plain
// `prisma generate --schema prisma/<provider>` understands.

async function prismaFilesIn(dir: string): Promise<SchemaFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith(".prisma")).map((e) => e.name);
  return Promise.all(
    files.sort().map(async (name) => {
      const file = path.join(dir, name);
      return { path: path.relative(projectRoot, file), content: await readFile(file, "utf8") };
    }),
  );
}

/** The shared models (every *.prisma directly in prisma/). */
export function sharedSchemaFiles(): Promise<SchemaFile[]> {
  return prismaFilesIn(prismaDir);
}

/** Everything the engine needs for `provider`, read from the sources (no compose step required). */
export async function providerSchemaFiles(provider: DbProvider): Promise<SchemaFile[]> {
  const [own, shared] = await Promise.all([prismaFilesIn(providerDir(provider)), sharedSchemaFiles()]);
  return [...own, ...shared];
}

/** Refreshes prisma/<provider>/shared/ from prisma/*.prisma for every provider. */
export async function composeSchemas(): Promise<void> {
  const shared = await sharedSchemaFiles();
  for (const provider of PROVIDERS) {
    const target = sharedModelsDir(provider);
    await rm(target, { recursive: true, force: true });
    await mkdir(target, { recursive: true });
    for (const file of shared) {
      const header = `// GENERATED copy of ${file.path} by scripts/db/compose-schema.ts. Edit the original.\n`;
      await writeFile(path.join(target, path.basename(file.path)), header + file.content, "utf8");
    }
  }
}
