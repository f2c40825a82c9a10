// Runs every check in order and ends with one line that sums all test runners: "N passed, N failed".
// Plain Node (no tsx) so it works straight after `npm ci`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const results = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = child.status === 0;
  console.log(`${ok ? "✔" : "✘"} ${label} (${seconds} s)`);
  if (!ok) failures.push(label);
  return ok;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

rmSync("test-results", { recursive: true, force: true });
mkdirSync("test-results", { recursive: true });

// Steps that are not test runners still fail the run; they count as one failed check each.
const checks = [
  ["generate database clients", "npm", ["run", "-s", "db:generate"]],
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", ".", "--max-warnings=0"]],
];
for (const [label, command, args] of checks) {
  if (!run(label, command, args)) results.failed += 1;
}

run("unit and integration tests (Vitest)", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=test-results/vitest.json"]);
const vitest = readJson("test-results/vitest.json");
if (vitest) {
  results.passed += vitest.numPassedTests;
  results.failed += vitest.numFailedTests + (vitest.numTotalTestSuites > 0 && !vitest.success && vitest.numFailedTests === 0 ? 1 : 0);
} else {
  results.failed += 1;
}

if (!run("a browser for the end-to-end tests", "node", ["scripts/test/ensure-browser.mjs"])) {
  results.failed += 1;
} else if (run("production build", "npx", ["next", "build"])) {
  run("end-to-end tests (Playwright, Chromium)", "npx", ["playwright", "test"]);
  const e2e = readJson("test-results/e2e.json");
  if (e2e) {
    results.passed += e2e.stats.expected;
    results.failed += e2e.stats.unexpected + e2e.stats.flaky + (e2e.errors?.length ?? 0);
  } else {
    results.failed += 1;
  }
} else {
  results.failed += 1;
}

if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(", ")}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 && failures.length === 0 ? 0 : 1);
