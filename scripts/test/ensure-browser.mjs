// A Chromium for the end-to-end tests: found, or installed when missing. In order: Debian's chromium;
// Playwright's own build when already downloaded; Playwright's download (needs its CDN); Debian's package
// via apt-get (as root). Plain Node so it runs straight after `npm ci`. Exit 1 with what to do when none works.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

function playwrightChromium() {
  try {
    const executable = require("playwright-core").chromium.executablePath();
    return existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

/** The browser playwright.config.ts will use, if there is one. */
export function findBrowser() {
  return SYSTEM_CHROMIUM.find((path) => existsSync(path)) ?? playwrightChromium();
}

function attempt(label, command, args) {
  console.log(`No browser yet: trying ${label} (${command} ${args.join(" ")})…`);
  const result = spawnSync(command, args, { stdio: "inherit", timeout: 300_000 });
  return result.status === 0 ? findBrowser() : undefined;
}

function ensureBrowser() {
  const found =
    findBrowser() ??
    attempt("Playwright's download", "npx", ["playwright", "install", "chromium"]) ??
    (process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0
      ? attempt("Debian's package", "sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"])
      : undefined);
  if (found) {
    console.log(`Browser for the end-to-end tests: ${found}`);
    return 0;
  }
  console.error(
    [
      "✘ No Chromium for the end-to-end tests, and none could be installed here.",
      "  Install one of these, then run the tests again:",
      "    npx playwright install chromium      (Playwright's build; needs access to playwright.azureedge.net / cdn.playwright.dev)",
      "    sudo apt-get install -y chromium     (Debian/Ubuntu's package, used from /usr/bin/chromium)",
    ].join("\n"),
  );
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureBrowser());
