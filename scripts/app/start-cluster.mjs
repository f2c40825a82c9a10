// npm run start:cluster — N `next start` processes on one port (Node's cluster: the primary accepts each
// connection and hands it to the workers in turn), for trying scale-out on one machine. Needs a build and a
// migrated database, as `npm start` does. Every worker is stateless: sessions are signed cookies, the
// question bank is rechecked against the database each second, and there are no per-process rate limits.
//   CLUSTER_WORKERS (default: the number of CPUs), PORT (3000), HOSTNAME (0.0.0.0)
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";

const workers = Math.max(1, Number(process.env.CLUSTER_WORKERS) || availableParallelism());
const port = process.env.PORT || "3000";
const hostname = process.env.HOSTNAME || "0.0.0.0";
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

// Round-robin on every platform (Windows defaults to letting the OS pick).
cluster.schedulingPolicy = cluster.SCHED_RR;
cluster.setupPrimary({ exec: nextBin, args: ["start", "-p", port, "-H", hostname] });

let stopping = false;
const startedAt = new Map();
const fork = () => startedAt.set(cluster.fork().id, Date.now());
for (let i = 0; i < workers; i++) fork();
console.log(`▶ ${workers} workers serving on http://${hostname}:${port} (primary pid ${process.pid})`);

cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
    return;
  }
  // A worker that dies at once (no build, port taken, bad config) would die again: stop instead of looping.
  if (Date.now() - (startedAt.get(worker.id) ?? 0) < 10_000) {
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}) right after starting; stopping`);
    stopping = true;
    for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
    process.exitCode = 1;
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
    return;
  }
  console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
  fork();
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
