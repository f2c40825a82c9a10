// node scripts/durability/write-lock-holder.mjs <sqlite file> <milliseconds>
// Another process taking SQLite's write lock (BEGIN IMMEDIATE) and holding it: prints "held" once it has
// the lock and "released" after it commits. Plain Node, so tests and benchmarks start it in milliseconds.
import { createClient } from "@libsql/client";
import { pathToFileURL } from "node:url";

const [file, holdMs] = process.argv.slice(2);
if (!file || !Number.isFinite(Number(holdMs))) {
  console.error("usage: node scripts/durability/write-lock-holder.mjs <sqlite file> <milliseconds>");
  process.exit(2);
}
const client = createClient({ url: pathToFileURL(file).href });
await client.execute("PRAGMA busy_timeout = 10000");
await client.execute("BEGIN IMMEDIATE");
console.log("held");
await new Promise((resolve) => setTimeout(resolve, Number(holdMs)));
await client.execute("COMMIT");
client.close();
console.log("released");
