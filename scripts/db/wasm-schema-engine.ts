import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

// Prisma's native schema engine can't be downloaded here, so migrations run through the same engine
// compiled to WebAssembly, talking to the database through a driver adapter.

export type { SchemaEngine };
export type SchemaFile = { path: string; content: string };

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let gluePromise: Promise<Glue> | undefined;

/**
 * The package's entry does `import * as wasm from "./x.wasm"`, which Node 20 can't load, so we
 * instantiate the .wasm ourselves and hand its exports to the wasm-bindgen glue (`_bg.js`).
 * The glue keeps the instance in module state, hence once per process.
 */
function loadGlue(): Promise<Glue> {
  gluePromise ??= (async () => {
    const glue: Glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    // The module imports every `__wbg_*` helper from "./schema_engine_bg.js", i.e. the glue itself.
    const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
    // The engine arms timeouts (e.g. around the Postgres advisory lock) and never clears them, which
    // would keep Node alive ~10 s after migrating. Unref'd timers still fire but don't hold the process.
    for (const name of Object.keys(imports).filter((n) => n.startsWith("__wbg_setTimeout_"))) {
      imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return gluePromise;
}

/**
 * Starts an engine over `adapterFactory`. `schemaFiles` are only needed by commands that read the
 * schema from the constructor (none of ours; createMigration takes them per call).
 */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles?: SchemaFile[],
): Promise<SchemaEngine> {
  const glue = await loadGlue();
  const bound = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  const datamodels = schemaFiles?.map((f): [string, string] => [f.path, f.content]);
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error("[schema-engine]", message);
  };
  return glue.SchemaEngine.new({ datamodels }, log, bound);
}
