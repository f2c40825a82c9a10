import "server-only";
import { db } from "@/lib/server/db";

/** A real round trip to the database, bounded so a hung connection still answers. */
export async function checkDatabase(timeoutMs = 2000): Promise<"ok" | "error"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"error">((resolve) => {
    timer = setTimeout(() => resolve("error"), timeoutMs);
  });
  const query = db.user
    .count()
    .then(() => "ok" as const)
    .catch(() => "error" as const);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
