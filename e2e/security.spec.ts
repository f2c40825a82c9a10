import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test, uniqueEmail } from "./fixtures";
import { countAnswers, currentQuestionId, PASSWORD, signUp, startQuiz } from "./support/learner";

async function signOut(page: Page, name: string) {
  await page.getByTestId("user-name").filter({ hasText: name }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

function answerUrl(attemptId: string) {
  return `/api/quiz/attempts/${attemptId}/answers`;
}

test("the JSON answer API refuses other origins, non-JSON bodies and oversize bodies, and writes nothing", async ({
  page,
  trackUser,
}) => {
  await signUp(page, trackUser(uniqueEmail("origin")));
  const attemptId = await startQuiz(page, { count: 5 });
  const questionId = await currentQuestionId(page);
  const body = JSON.stringify({ questionId, response: "1899" });
  const post = (headers: Record<string, string>, data: string = body) =>
    page.request.post(answerUrl(attemptId), { headers, data });

  const crossOrigin = await post({ "content-type": "application/json", origin: "http://evil.example" });
  expect(crossOrigin.status()).toBe(403);
  expect(await crossOrigin.json()).toEqual({
    error: { code: "cross-origin", message: "This request must come from the app's own pages." },
  });
  const otherPort = await post({ "content-type": "application/json", origin: "http://127.0.0.1:1" });
  expect(otherPort.status()).toBe(403);
  const crossSite = await post({ "content-type": "application/json", "sec-fetch-site": "cross-site" });
  expect(crossSite.status()).toBe(403);

  const textPlain = await post({ "content-type": "text/plain;charset=application/json" });
  expect(textPlain.status()).toBe(415);
  expect((await textPlain.json()).error.code).toBe("expected-json");

  const huge = await post({ "content-type": "application/json" }, JSON.stringify({ questionId, response: "1899", x: "y".repeat(20_000) }));
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.code).toBe("body-too-large");
  expect(await countAnswers(attemptId)).toBe(0);
});

test("signing out revokes the session: the old cookie neither reads progress nor answers", async ({ page, trackUser }) => {
  await signUp(page, trackUser(uniqueEmail("revoke")), "Rei Revoke");
  const attemptId = await startQuiz(page, { count: 5 });
  const questionId = await currentQuestionId(page);
  const oldCookies = await page.context().cookies();
  expect(oldCookies.some((cookie) => cookie.name === "next-auth.session-token")).toBe(true);

  await signOut(page, "Rei Revoke");

  // Put the old session cookie back, as someone who copied it would.
  await page.context().addCookies(oldCookies);
  const progress = await page.request.get("/progress", { maxRedirects: 0 });
  expect(progress.status()).toBe(307);
  expect(progress.headers().location).toContain("/sign-in");
  const answer = await page.request.post(answerUrl(attemptId), {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ questionId, response: "1899" }),
  });
  expect(answer.status()).toBe(401);
  expect(await countAnswers(attemptId)).toBe(0);
});

async function credentialsSignIn(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true" },
  });
}

test("repeated wrong passwords lock the account's sign-in with 429 and Retry-After, and the form says so", async ({
  page,
  trackUser,
}) => {
  const email = trackUser(uniqueEmail("locked"));
  await signUp(page, email, "Lou Locked");
  await signOut(page, "Lou Locked");

  for (let attempt = 1; attempt <= 10; attempt++) {
    const response = await credentialsSignIn(page.request, email, `wrong password ${attempt}`);
    expect(response.status(), `attempt ${attempt}`).not.toBe(429);
  }
  const blocked = await credentialsSignIn(page.request, email, PASSWORD);
  expect(blocked.status()).toBe(429);
  const retryAfter = Number(blocked.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(800);
  expect(retryAfter).toBeLessThanOrEqual(900);
  expect((await blocked.json()).error).toEqual({ code: "rate-limited", message: "Too many attempts. Try again in 15 minutes." });

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Too many attempts. Try again in 15 minutes.");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a server action posted from another origin is refused and changes nothing", async ({ page, trackUser }) => {
  await signUp(page, trackUser(uniqueEmail("action-origin")));
  const response = await page.request.post("/settings", {
    headers: { "next-action": "0".repeat(42), origin: "http://evil.example", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe("cross-origin");
  const oversize = await page.request.post("/settings", {
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "x".repeat(3 * 1024 * 1024 + 1),
  });
  expect(oversize.status()).toBe(413);
});

const LEARNER_PAGES = ["/", "/lessons", "/timeline", "/quiz", "/study", "/progress", "/settings"];

test("every page runs under the Content-Security-Policy with no violation and no console error", async ({
  page,
  trackUser,
}) => {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    // A failed load is reported below with its address.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      problems.push(`${page.url()}: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
      problems.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));

  for (const path of ["/sign-in", "/sign-up"]) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  }
  await signUp(page, trackUser(uniqueEmail("csp")));
  await page.goto("/lessons");
  const lessonHref = await page.locator('a[href^="/lessons/"]').first().getAttribute("href");
  const nonces = new Set<string>();
  for (const path of [...LEARNER_PAGES, lessonHref!]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const headers = response!.headers();
    nonces.add(/'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1] ?? "");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"]).toBeUndefined();
    // Every script Next rendered carries this response's nonce.
    const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1] ?? "";
    // Scripts the server sent; ones those add later run under 'strict-dynamic' and would raise a violation.
    const tags = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length, path).toBeGreaterThan(0);
    expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`)), path).toEqual([]);
  }
  expect(nonces.size).toBe(LEARNER_PAGES.length + 1);
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});

test("HSTS is sent only when the app is served over https", async ({ request }) => {
  const overHttps = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  const overHttp = await request.get("/sign-in");
  expect(overHttp.headers()["strict-transport-security"]).toBeUndefined();
});
