// Serves the built app for Playwright on a fresh SQLite database with content and demo accounts.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { serveInForeground } from "../app/next-start";
import { prepareDatabase } from "../app/prepare-database";
import { E2E_AUTH_SECRET, e2eDatabaseUrl } from "./e2e-database";

async function main() {
  const databaseUrl = e2eDatabaseUrl();
  if (databaseUrl.startsWith("file:")) {
    const file = databaseUrl.slice("file:".length);
    mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  }
  await prepareDatabase({ databaseUrl, demoAccounts: true, log: () => undefined });
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`No production build in ${distDir}: run \`npx next build\` first.`);
  const port = Number(process.env.PORT);
  if (!port) throw new Error("PORT is not set: playwright.config.ts passes the port it chose.");
  serveInForeground({
    port,
    host: "127.0.0.1",
    env: {
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: E2E_AUTH_SECRET,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      // Every spec signs up from 127.0.0.1; the per-address limit is tested on its own in the integration tests.
      RATE_LIMIT_SIGN_UPS_PER_ADDRESS: "10000",
    },
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
