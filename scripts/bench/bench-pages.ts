// npm run bench:pages [-- --quick] [-- --reuse-build] [-- --port=4500]
// Throughput and p95 of the content pages (signed out) and the progress page (signed in) at 10 connections on a
// production `next start`, next to the bare reference app's ping route and static page measured in the same
// run; and each page's first-load JavaScript (gzipped) next to the bare page's. The app and the reference listen
// on the first free ports from --port (or BENCH_PORT; default 3170), so runs side by side need not collide.
import { AUTH_SECRET, BENCH_DIR, fileUrl } from "./bench-environment";
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/server/db";
import { ensureBuild, findFreePort, runBenchProcess, startAppServer, type AppServer } from "./app-server";
import { prepareBenchDatabase, removeDatabaseFiles } from "./bench-database";
import { runClosedLoop, type ClosedLoopResult } from "./closed-loop";
import { measureFirstLoadJs, type FirstLoadJs } from "./first-load-js";
import { prepareReferenceApp, startReferenceApp } from "./reference-app";
import { formatRatio } from "./same-run-ratio";
import { mintSessionCookie } from "./session-cookies";

const portArgument = process.argv.find((arg) => arg.startsWith("--port="))?.slice("--port=".length);
const FIRST_PORT = Number(portArgument) || Number(process.env.BENCH_PORT) || 3170;
const PORTS = { from: FIRST_PORT, to: FIRST_PORT + 9 };
const CONNECTIONS = 10;
const THROUGHPUT_TARGET = 0.8;
const JS_TARGET = 1.1;
const PAGES_DB_FILE = path.join(BENCH_DIR, "pages.db");
const log = (line: string) => process.stdout.write(`${line}\n`);

interface PageSpec {
  label: string;
  path: string;
  signedIn: boolean;
  /** Loaded at all (else only its first-load JavaScript is weighed). */
  loaded?: boolean;
  /** Asks for gzip, as a browser does (Next then compresses each response). */
  gzip?: boolean;
  /** Held to the throughput target (the same for everyone, so served from cache). */
  cached: boolean;
}

interface PageResult extends PageSpec {
  load: ClosedLoopResult | null;
  js: FirstLoadJs;
}

let app: AppServer | null = null;
let reference: AppServer | null = null;

async function seed(url: string): Promise<{ lessonSlug: string; learner: { id: string; name: string; email: string } }> {
  await prepareBenchDatabase(url);
  const db = createPrismaClient(url);
  try {
    const lesson = await db.contentDocument.findFirst({ where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true } });
    if (!lesson) throw new Error("No lesson was ingested.");
    const learner = { id: "bench-pages-learner", name: "Bench Learner", email: "bench-pages@example.com" };
    await db.user.create({ data: { ...learner, role: "student" } });
    return { lessonSlug: lesson.id, learner };
  } finally {
    await db.$disconnect();
  }
}

/** Asks for `pagePath` (signed out) until the process serves it from its cache of shared pages. */
async function primeCache(baseUrl: string, pagePath: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(new URL(pagePath, baseUrl));
    await response.arrayBuffer();
    if (response.headers.get("x-page-cache") === "hit") return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`GET ${pagePath} never came from the page cache within ${timeoutMs / 1000} s.`);
}

async function main(): Promise<number> {
  const quick = process.argv.includes("--quick");
  const reuseBuild = process.argv.includes("--reuse-build");
  const seconds = quick ? { warmup: 1, measure: 3 } : { warmup: 3, measure: 10 };
  const distDir = process.env.NEXT_DIST_DIR || ".next-bench";
  const started = performance.now();
  const loadBefore = loadavg()[0] ?? 0;

  log(`▶ Preparing ${path.relative(process.cwd(), PAGES_DB_FILE)} and the builds`);
  removeDatabaseFiles(PAGES_DB_FILE);
  const url = fileUrl(PAGES_DB_FILE);
  const { lessonSlug, learner } = await seed(url);
  const cookie = await mintSessionCookie(learner, AUTH_SECRET);
  ensureBuild(distDir, { reuse: reuseBuild }, log);
  prepareReferenceApp(log);

  const appPort = await findFreePort(PORTS.from, PORTS.to);
  app = await startAppServer({ distDir, port: appPort, databaseUrl: url, authSecret: AUTH_SECRET, logFile: path.join(BENCH_DIR, "pages-server.log") });
  reference = await startReferenceApp(await findFreePort(PORTS.from, PORTS.to));

  const pages: PageSpec[] = [
    { label: "lesson (signed out)", path: `/lessons/${lessonSlug}`, signedIn: false, cached: true },
    { label: "lesson list (signed out)", path: "/lessons", signedIn: false, cached: true },
    { label: "timeline (signed out)", path: "/timeline", signedIn: false, cached: true },
    { label: "lesson (signed out, gzip)", path: `/lessons/${lessonSlug}`, signedIn: false, cached: false, gzip: true },
    { label: "timeline (signed in)", path: "/timeline", signedIn: true, cached: false },
    { label: "progress (signed in)", path: "/progress", signedIn: true, cached: false },
    { label: "home (signed out)", path: "/", signedIn: false, cached: false, loaded: false },
    { label: "sign-in", path: "/sign-in", signedIn: false, cached: false, loaded: false },
    { label: "sign-up", path: "/sign-up", signedIn: false, cached: false, loaded: false },
  ];

  const measure = async (server: AppServer, pagePath: string, headers: Record<string, string> = {}) => {
    const options = { baseUrl: server.baseUrl, connections: CONNECTIONS, next: () => ({ method: "GET" as const, path: pagePath, headers }) };
    await runClosedLoop({ ...options, durationS: seconds.warmup });
    return runClosedLoop({ ...options, durationS: seconds.measure });
  };

  // The ping is measured before and after the pages; their mean is the reference, so a drift shows.
  log(`▶ Reference GET /api/ping and GET / at ${CONNECTIONS} connections`);
  const pingBefore = await measure(reference, "/api/ping");
  const staticPage = await measure(reference, "/");
  // A cached page is measured from the cache: first its one render for the cache, then the warm-up.
  for (const page of pages.filter((p) => p.cached)) await primeCache(app.baseUrl, page.path);
  const results: PageResult[] = [];
  for (const page of pages) {
    log(`▶ GET ${page.path}${page.signedIn ? " signed in" : ""}${page.gzip ? " (gzip)" : ""}`);
    const headers: Record<string, string> = { ...(page.signedIn ? { cookie } : {}), ...(page.gzip ? { "accept-encoding": "gzip, deflate, br" } : {}) };
    const load = page.loaded === false ? null : await measure(app, page.path, headers);
    results.push({ ...page, load, js: await measureFirstLoadJs(app.baseUrl, page.path, headers.cookie) });
  }
  const pingAfter = await measure(reference, "/api/ping");
  const uptime = spawnSync("uptime", { encoding: "utf8" }).stdout?.trim() ?? "";
  const bareJs = await measureFirstLoadJs(reference.baseUrl, "/");
  await app.stop();
  await reference.stop();

  const ping = (pingBefore.okPerSecond + pingAfter.okPerSecond) / 2;
  const machine = { cores: cpus().length, loadBefore, loadAfter: loadavg()[0] ?? 0, uptime };
  const kB = (bytes: number) => (bytes / 1000).toFixed(1);
  log("");
  log(`Machine: ${machine.cores} cores, load average ${machine.loadBefore.toFixed(1)} before / ${machine.loadAfter.toFixed(1)} after (incl. this bench); uptime: ${uptime}`);
  log(`Reference (bare app, same run): GET /api/ping ${pingBefore.okPerSecond.toFixed(0)}/s before, ${pingAfter.okPerSecond.toFixed(0)}/s after (mean ${ping.toFixed(0)}/s); static page ${staticPage.okPerSecond.toFixed(0)}/s; first-load JS ${kB(bareJs.gzipBytes)} kB gzipped (${bareJs.scripts} scripts)`);
  log(`Pages at ${CONNECTIONS} connections (${seconds.measure} s after ${seconds.warmup} s warm-up):`);
  const rows = results.map((r) => {
    const ratio = r.load ? r.load.okPerSecond / ping : null;
    const jsRatio = r.js.gzipBytes / bareJs.gzipBytes;
    return {
      page: r.label,
      path: r.path,
      okPerSecond: r.load ? Math.round(r.load.okPerSecond) : null,
      p95: r.load ? Math.round(r.load.latency.p95 * 10) / 10 : null,
      non2xx: r.load ? Object.entries(r.load.statuses).filter(([s]) => !s.startsWith("2")).reduce((n, [, c]) => n + c, 0) + r.load.errors : null,
      ratioToPing: ratio,
      ratioToStaticPage: r.load ? r.load.okPerSecond / staticPage.okPerSecond : null,
      throughputMet: r.cached ? ratio !== null && ratio >= THROUGHPUT_TARGET : null,
      jsGzipBytes: r.js.gzipBytes,
      jsRatio,
      jsMet: jsRatio <= JS_TARGET,
    };
  });
  for (const row of rows) {
    const load = row.okPerSecond === null ? "not loaded" : `${String(row.okPerSecond).padStart(5)}/s p95 ${String(row.p95).padStart(6)} ms = ${formatRatio(row.ratioToPing)} ping, ${formatRatio(row.ratioToStaticPage)} static${row.throughputMet === null ? "" : row.throughputMet ? " (≥0.8 met)" : " (≥0.8 NOT met)"}${row.non2xx ? `, ${row.non2xx} non-2xx/errors` : ""}`;
    log(`  ${row.page.padEnd(26)} ${load}; JS ${kB(row.jsGzipBytes)} kB = ${formatRatio(row.jsRatio)} bare${row.jsMet ? "" : " (≤1.1 NOT met)"}`);
  }
  const summary = {
    bench: "pages",
    connections: CONNECTIONS,
    reference: { pingPerSecond: Math.round(ping), pingBefore: Math.round(pingBefore.okPerSecond), pingAfter: Math.round(pingAfter.okPerSecond), staticPagePerSecond: Math.round(staticPage.okPerSecond), jsGzipBytes: bareJs.gzipBytes },
    pages: rows,
    throughputTargetMet: rows.every((r) => r.throughputMet !== false),
    jsTargetMet: rows.every((r) => r.jsMet),
    machine,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  log("");
  log(JSON.stringify(summary));
  return 0;
}

runBenchProcess(main, () => [app, reference]);
