// The quick start (after `npm ci`, whose postinstall generates the database client): prepare the local
// database, build, and serve on PORT (default 3000).
import { spawnSync } from "node:child_process";
import { localAuthSecret, localDatabaseUrl } from "./local-environment";
import { serveInForeground } from "./next-start";
import { prepareDatabase } from "./prepare-database";

async function main() {
  const port = process.env.PORT ?? "3000";
  const databaseUrl = localDatabaseUrl();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: localAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: port,
  };

  console.log("▶ Preparing the database");
  await prepareDatabase({ databaseUrl, demoAccounts: process.env.SEED_DEMO !== "0" });
  step("Building the app", () => runOrExit("npx", ["next", "build"], env));

  console.log(`\n▶ Serving at http://localhost:${port}  (Ctrl+C to stop)\n`);
  serveInForeground({ port: Number(port), env });
}

function step(label: string, action: () => void) {
  console.log(`▶ ${label}`);
  action();
}

function runOrExit(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✘ ${command} ${args.join(" ")} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
