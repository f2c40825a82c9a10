import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

// A private PostgreSQL server in a temp dir for tests and `db:migrate:create`: trust auth, TCP on
// 127.0.0.1 only, durability off for speed. Used via tests/support/postgres.ts too.

export interface ThrowawayPostgres {
  /** Connection URL of the `postgres` database as superuser `postgres`. */
  url: string;
  /** Shuts the server down and deletes its directory. */
  stop(): Promise<void>;
}

const INSTALL_HINT =
  "PostgreSQL server binaries (initdb, postgres) were not found. Install them with `apt-get install -y postgresql` " +
  "(or set PG_BIN_DIR to the folder holding initdb).";

function findBinDir(): string {
  const candidates: string[] = [];
  if (process.env.PG_BIN_DIR) candidates.push(process.env.PG_BIN_DIR);
  const debianRoot = "/usr/lib/postgresql";
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(debianRoot, v, "bin")));
  }
  candidates.push(...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean));
  const found = candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "postgres")));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

/** initdb and postgres refuse to run as root, so as root we run them as the `postgres` system user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      "Running as root, but there is no `postgres` user to run PostgreSQL as. " +
        "`apt-get install -y postgresql` creates it (or: useradd --system --user-group postgres).",
    );
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

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const binDir = findBinDir();
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

  const port = await freePort();
  const server = spawn(
    path.join(binDir, "postgres"),
    [
      ...["-D", dataDir, "-p", String(port)],
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      ...["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
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
  return { url, stop };
}
