import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { startAppServer, type AppServer } from "../scripts/bench/app-server";
import { E2E_AUTH_SECRET, e2eDatabaseUrl } from "../scripts/e2e/e2e-database";
import { expect, test, uniqueEmail } from "./fixtures";
import { PASSWORD } from "./support/learner";

// The same build served a second time with other settings: a deployer's TEACHER_SIGNUP=invite, and a database
// that cannot be reached. Each test starts and stops its own server on a free port.

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function serve(databaseUrl: string, env: Record<string, string>, logDir: string, readyPath = "/api/health"): Promise<AppServer> {
  return startAppServer({
    distDir: process.env.NEXT_DIST_DIR || ".next",
    port: await freePort(),
    databaseUrl,
    authSecret: E2E_AUTH_SECRET,
    logFile: path.join(logDir, "server.log"),
    readyPath,
    env: { RATE_LIMIT_SIGN_UPS_PER_ADDRESS: "10000", ...env },
  });
}

let logDir: string;
let server: AppServer | null = null;
test.beforeEach(() => {
  logDir = mkdtempSync(path.join(tmpdir(), "pacific-bridge-server-"));
});
test.afterEach(async () => {
  await server?.stop();
  server = null;
  rmSync(logDir, { recursive: true, force: true });
});

test("with TEACHER_SIGNUP=invite a teacher signs up only with the invite code; a wrong code is a field error", async ({ page, trackUser }) => {
  test.setTimeout(180_000);
  server = await serve(e2eDatabaseUrl(), { TEACHER_SIGNUP: "invite", TEACHER_INVITE_CODE: "kon-tiki 1947" }, logDir);
  const email = trackUser(uniqueEmail("invited-teacher"));
  await page.goto(`${server.baseUrl}/sign-up`);
  // Students never see the field; it appears once Teacher is chosen (CSS only, so also without JavaScript).
  await expect(page.getByLabel("Teacher invite code")).toBeHidden();
  await page.getByLabel("Name").fill("Tomás Teacher");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByLabel("Teacher invite code").fill("guessed code");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter the teacher invite code your school gave you.")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByLabel("Teacher invite code")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/sign-up$/);

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Teacher invite code").fill(" kon-tiki 1947 ");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(`${server.baseUrl}/teach`, { timeout: 60_000 });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a form posted while the database is unreachable comes back as the app's own page, not a bare 500", async ({ page }) => {
    test.setTimeout(180_000);
    // A database file in a folder that does not exist: every statement fails.
    server = await serve(`file:${path.join(logDir, "missing", "app.db")}`, {}, logDir, "/sign-in");
    await page.goto(`${server.baseUrl}/sign-up`);
    await page.getByLabel("Name").fill("Nadia No-Database");
    await page.getByLabel("Email").fill(uniqueEmail("no-database"));
    await page.getByLabel("Password").fill(PASSWORD);
    const response = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Create account" }).click();
    await response;
    await expect(page).toHaveURL(/\/not-saved\?reason=database$/);
    await expect(page.locator("body")).not.toHaveText(/^\s*Internal Server Error\s*$/);
    await expect(page.getByRole("alert").first()).toContainText(/database/i);
    await expect(page.getByRole("link", { name: /home page|Pacific Bridge/ }).first()).toBeVisible();
  });
});
