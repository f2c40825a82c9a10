// The bare reference measured in the same run as the app: ../shared/calibrate (Next + Prisma + libsql, one route
// that inserts one row, a ping route and a static page), copied under .data/bench and built against this
// checkout's node_modules (same next, react, prisma and libsql), so a ratio compares code, not machines or days.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ensureBuild, startAppServer, type AppServer } from "./app-server";
import { BENCH_DIR, fileUrl } from "./bench-environment";
import { removeDatabaseFiles } from "./bench-database";

/** Where the reference lives; CALIBRATE_DIR overrides. */
export const CALIBRATE_SOURCE = path.resolve(process.env.CALIBRATE_DIR || "../shared/calibrate");
const COPY_DIR = path.join(BENCH_DIR, "calibrate");
const DIST_DIR = ".next";
// Its own lockfile and modules stay behind: without a lockfile Next takes this checkout as the root and
// resolves every package from its node_modules.
const SKIPPED = new Set(["node_modules", ".next", "data", "package-lock.json", "next-env.d.ts"]);

function sourceFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir)
    .filter((name) => !SKIPPED.has(name))
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      const relative = path.join(prefix, name);
      if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full, relative);
      return [relative];
    });
}

function sourceHash(): string {
  const hash = createHash("sha256");
  for (const file of sourceFiles(CALIBRATE_SOURCE)) hash.update(file).update(readFileSync(path.join(CALIBRATE_SOURCE, file)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Makes the copy its own bundler root, so Turbopack does not take this checkout's root files (its proxy.ts) into
 * the reference: this checkout's node_modules hard-linked in (same files, no copy; a symlink out of the root is
 * refused), and `turbopack.root` set in the copy's config.
 */
function bundleOnItsOwn(dir: string): void {
  const link = spawnSync("cp", ["-al", path.resolve("node_modules"), path.join(dir, "node_modules")], { stdio: ["ignore", "ignore", "inherit"] });
  if (link.status !== 0) throw new Error(`Linking node_modules into the reference failed (exit ${link.status}).`);
  const configFile = path.join(dir, "next.config.ts");
  const config = readFileSync(configFile, "utf8");
  const opening = "const nextConfig: NextConfig = {";
  if (!config.includes(opening)) throw new Error(`The reference's next.config.ts no longer opens with "${opening}".`);
  chmodSync(configFile, 0o644);
  writeFileSync(configFile, config.replace(opening, `${opening}\n  turbopack: { root: __dirname },`));
}

/** Copies, generates and builds the reference unless the same source is already built. Returns whether it built. */
export function prepareReferenceApp(log: (line: string) => void): boolean {
  if (!existsSync(path.join(CALIBRATE_SOURCE, "app"))) throw new Error(`No reference app at ${CALIBRATE_SOURCE} (set CALIBRATE_DIR).`);
  const stampFile = path.join(COPY_DIR, ".source-hash");
  const hash = sourceHash();
  const built = existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash && existsSync(path.join(COPY_DIR, DIST_DIR, "BUILD_ID"));
  if (built) return false;
  rmSync(COPY_DIR, { recursive: true, force: true });
  mkdirSync(COPY_DIR, { recursive: true });
  for (const file of sourceFiles(CALIBRATE_SOURCE)) {
    mkdirSync(path.dirname(path.join(COPY_DIR, file)), { recursive: true });
    cpSync(path.join(CALIBRATE_SOURCE, file), path.join(COPY_DIR, file));
  }
  const prismaCli = createRequire(__filename).resolve("prisma/build/index.js");
  const generate = spawnSync(process.execPath, [prismaCli, "generate"], {
    cwd: COPY_DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: path.resolve("scripts/db/no-native-schema-engine.sh"),
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (generate.status !== 0) throw new Error(`prisma generate for the reference failed (exit ${generate.status}).`);
  bundleOnItsOwn(COPY_DIR);
  ensureBuild(DIST_DIR, { reuse: false, cwd: COPY_DIR, quiet: true }, log);
  writeFileSync(stampFile, hash);
  return true;
}

/** Starts the built reference on `port` with a fresh database. */
export async function startReferenceApp(port: number): Promise<AppServer> {
  const dbFile = path.join(COPY_DIR, "data", "calib.db");
  mkdirSync(path.dirname(dbFile), { recursive: true });
  removeDatabaseFiles(dbFile);
  return startAppServer({
    cwd: COPY_DIR,
    distDir: DIST_DIR,
    port,
    databaseUrl: fileUrl(dbFile),
    authSecret: "unused",
    logFile: path.join(BENCH_DIR, "reference-server.log"),
    readyPath: "/api/count",
    env: { NEXT_DIST_DIR: DIST_DIR },
  });
}

/** The reference's insert request: the same shape calibrate's own bench sends. */
export function referenceInsertRequest(sequence: number) {
  return {
    method: "POST" as const,
    path: "/api/answer",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId: `learner-${sequence % 1000}`, questionId: `question-${sequence % 97}`, correct: sequence % 3 !== 0 }),
  };
}
