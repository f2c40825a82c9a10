// The app under test: a fresh production build served by `next start` as a child process.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { NEXT_BIN, spawnNextStart } from "../app/next-start";

export interface AppServer {
  baseUrl: string;
  port: number;
  /** The server's process (and process group) id. */
  pid: number;
  logFile: string;
  /** Ends the server's process group (SIGTERM, then SIGKILL after `graceMs`). Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL to the server's process group, as a crash would end it; resolves once it has exited. */
  kill(): Promise<void>;
}

export interface StartOptions {
  distDir: string;
  port: number;
  databaseUrl: string;
  authSecret: string;
  logFile: string;
  /** Node flags for the server process, e.g. --cpu-prof or --require of a what-if patch. */
  nodeArgs?: string[];
  /** The app's folder (default: this checkout). */
  cwd?: string;
  /** Answers 200 once the server is ready (default /api/health). */
  readyPath?: string;
  /** More environment for the server. */
  env?: Record<string, string>;
  /** Serve through `npm run start:cluster` with this many processes instead of one `next start`. */
  clusterWorkers?: number;
}

const CLUSTER_SCRIPT = path.resolve("scripts/app/start-cluster.mjs");

/** Process groups this process started and has not seen exit: only these are ever signalled. */
const startedGroups = new Set<number>();

function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** SIGKILL to every server this process started that is still running (for exit paths that can't wait). */
function killStartedServers(): void {
  for (const pid of startedGroups) signalGroup(pid, "SIGKILL");
  startedGroups.clear();
}

/** The app's own `next` when it has its own node_modules (the reference does), else this checkout's. */
function nextBinOf(cwd: string | undefined): string {
  const own = path.join(cwd ?? process.cwd(), "node_modules/next/dist/bin/next");
  return existsSync(own) ? own : NEXT_BIN;
}

/** Builds into `distDir`, or keeps the build there when asked to reuse one. Returns whether it built. */
export function ensureBuild(distDir: string, options: { reuse: boolean; cwd?: string; quiet?: boolean }, log: (line: string) => void): boolean {
  const cwd = options.cwd ?? process.cwd();
  if (options.reuse && existsSync(path.join(cwd, distDir, "BUILD_ID"))) return false;
  log(`Building ${path.relative(process.cwd(), cwd) || "the app"} into ${distDir}…`);
  const result = spawnSync(process.execPath, [nextBinOf(cwd), "build"], {
    cwd,
    stdio: options.quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal}).`);
  return true;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** The first free port in [from, to]. */
export async function findFreePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port in ${from}–${to}.`);
}

async function waitForReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`next start exited (${child.exitCode ?? child.signalCode}) before it was healthy.`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s.`);
}

export async function startAppServer(options: StartOptions): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const log = createWriteStream(options.logFile);
  // Own process group (detached), so stop() ends next and anything it forks, and nothing else.
  const env: Record<string, string> = {
    NODE_ENV: "production",
    NEXT_DIST_DIR: options.distDir,
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_SECRET: options.authSecret,
    NEXTAUTH_URL: baseUrl,
    ...options.env,
  };
  const child = options.clusterWorkers
    ? spawn(process.execPath, [...(options.nodeArgs ?? []), CLUSTER_SCRIPT], {
        cwd: options.cwd,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, CLUSTER_WORKERS: String(options.clusterWorkers), PORT: String(options.port), HOSTNAME: "127.0.0.1" },
      })
    : spawnNextStart({
        port: options.port,
        host: "127.0.0.1",
        nodeArgs: options.nodeArgs,
        nextBin: nextBinOf(options.cwd),
        cwd: options.cwd,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
        env,
      });
  const pid = child.pid;
  if (pid === undefined) throw new Error("Could not start next.");
  startedGroups.add(pid);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      startedGroups.delete(pid);
      resolve();
    }),
  );

  let stopping: Promise<void> | null = null;
  const stop = (graceMs = 5_000): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (!signalGroup(pid, "SIGTERM")) return;
      const timer = setTimeout(() => signalGroup(pid, "SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };

  const kill = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (signalGroup(pid, "SIGKILL")) await exited;
  };

  try {
    await waitForReady(`${baseUrl}${options.readyPath ?? "/api/health"}`, child, 90_000);
  } catch (error) {
    await stop(1_000);
    const tail = readFileSync(options.logFile, "utf8").split("\n").slice(-20).join("\n");
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- server log (${options.logFile}) ---\n${tail}`);
  }
  return { baseUrl, port: options.port, pid, logFile: options.logFile, stop, kill };
}

/** Runs a benchmark's `main` as the process: exit with its code, stop `servers()` on Ctrl+C, kill them on any exit. */
export function runBenchProcess(main: () => Promise<number>, servers: () => (AppServer | null)[]): void {
  process.on("exit", killStartedServers);
  let interrupted = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      process.stdout.write(`\n${signal}: stopping the servers\n`);
      void Promise.all(servers().map((server) => server?.stop(2_000))).finally(() => process.exit(130));
    });
  }
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`✘ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      killStartedServers();
      process.exit(1);
    },
  );
}
