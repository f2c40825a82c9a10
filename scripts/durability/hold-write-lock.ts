import { spawn } from "node:child_process";
import path from "node:path";
import { sqliteFilePath } from "@/lib/database-url";

const HOLDER = path.resolve(__dirname, "write-lock-holder.mjs");

export interface HeldLock {
  /** Resolves once the other process has committed and exited. */
  released: Promise<void>;
}

/** Starts another process that takes the database's write lock and holds it for `holdMs`; resolves once held. */
export async function holdWriteLock(databaseUrl: string, holdMs: number): Promise<HeldLock> {
  const child = spawn(process.execPath, [HOLDER, sqliteFilePath(databaseUrl), String(holdMs)], { stdio: ["ignore", "pipe", "inherit"] });
  const released = new Promise<void>((resolve, reject) =>
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the lock holder exited with ${code}`)))),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("held")) resolve();
    });
    released.catch(reject);
  });
  return { released };
}
