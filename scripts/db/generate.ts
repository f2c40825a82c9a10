import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { composeSchemas } from "./compose-schema";
import { PROVIDERS, projectRoot, providerDir } from "./paths";

// `prisma generate` needs no engine (Prisma 7 clients compile queries in Wasm), but the CLI still
// downloads the native schema engine unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file.
const generateEnv = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY:
    process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(projectRoot, "scripts/db/no-native-schema-engine.sh"),
  CHECKPOINT_DISABLE: "1", // no telemetry/update check over the network
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};

/** Composes the provider schemas and generates lib/generated/prisma/<provider> for every provider. */
export async function generateClients(): Promise<void> {
  await composeSchemas();
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  for (const provider of PROVIDERS) {
    const result = spawnSync(
      process.execPath,
      [prismaCli, "generate", "--schema", path.relative(projectRoot, providerDir(provider))],
      { cwd: projectRoot, stdio: "inherit", env: { ...generateEnv, PRISMA_PROVIDER: provider } },
    );
    if (result.status !== 0) throw new Error(`prisma generate failed for ${provider} (exit ${result.status})`);
  }
}
