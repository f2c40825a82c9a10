import "server-only";
import { db } from "@/lib/server/db";

export type DatabaseHealth = "ok" | "error";

// A burst of health checks shares one probe, and a result stands for a second, so a load balancer
// polling hard doesn't turn into a stream of committed writes.
const RESULT_FRESH_MS = 1000;
let last: { at: number; result: DatabaseHealth } | null = null;
let inFlight: Promise<DatabaseHealth> | null = null;
const HEARTBEAT_ID = "health";

/**
 * A committed write (the heartbeat row, read back), bounded so a stuck database still answers: a read-only file,
 * a full disk, a write lock held elsewhere or a connection that has stopped committing all report "error".
 */
async function probe(timeoutMs: number): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseHealth>((resolve) => {
    timer = setTimeout(() => resolve("error"), timeoutMs);
  });
  const checkedAt = new Date();
  const write = (async (): Promise<DatabaseHealth> => {
    await db.heartbeat.upsert({ where: { id: HEARTBEAT_ID }, create: { id: HEARTBEAT_ID, checkedAt }, update: { checkedAt }, select: { id: true } });
    // Read back as a plain query (on SQLite another connection): only a committed write is seen there.
    const row = await db.heartbeat.findUnique({ where: { id: HEARTBEAT_ID }, select: { checkedAt: true } });
    return row?.checkedAt.getTime() === checkedAt.getTime() ? "ok" : "error";
  })().catch(() => "error" as const);
  try {
    return await Promise.race([write, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function checkDatabase(timeoutMs = 2000): Promise<DatabaseHealth> {
  if (last && Date.now() - last.at < RESULT_FRESH_MS) return last.result;
  inFlight ??= probe(timeoutMs).then((result) => {
    last = { at: Date.now(), result };
    inFlight = null;
    return result;
  });
  return inFlight;
}
