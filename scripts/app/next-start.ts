// The one way this project runs `next start`: the quick start and the e2e server in the foreground, the
// benchmarks as a detached process group they can stop or kill -9.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";

export const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

export interface NextStartOptions {
  /** The `next` to run (default: this checkout's). */
  nextBin?: string;
  port: number;
  /** Listen address; unset: all interfaces, as `next start` does. */
  host?: string;
  /** Added to this process's environment. */
  env?: Record<string, string | undefined>;
  /** Node flags for the server process, e.g. --cpu-prof or --require of a what-if patch. */
  nodeArgs?: string[];
  stdio?: StdioOptions;
  /** The app's folder (default: this one). */
  cwd?: string;
  /** Own process group, so the caller can signal next and anything it forks, and nothing else. */
  detached?: boolean;
}

export function spawnNextStart(options: NextStartOptions): ChildProcess {
  const args = [...(options.nodeArgs ?? []), options.nextBin ?? NEXT_BIN, "start", "-p", String(options.port), ...(options.host ? ["-H", options.host] : [])];
  return spawn(process.execPath, args, {
    cwd: options.cwd,
    stdio: options.stdio ?? "inherit",
    detached: options.detached ?? false,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
  });
}

/** Serves until the server exits, passing Ctrl+C and SIGTERM on to it, then exits with its code. */
export function serveInForeground(options: NextStartOptions): void {
  const server = spawnNextStart(options);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + 15 : 0)));
}
