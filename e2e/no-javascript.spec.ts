import type { BrowserContext, Page } from "@playwright/test";
import { expect, test, uniqueEmail } from "./fixtures";
import { PASSWORD } from "./support/learner";

test.use({ javaScriptEnabled: false });

async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
}

function expectNoCredentialInUrl(page: Page) {
  const url = page.url();
  expect(url).not.toContain("password");
  expect(url).not.toContain(encodeURIComponent(PASSWORD));
  expect(url).not.toContain("email=");
}

test("without JavaScript, sign-up, sign-out and sign-in post forms and never put a credential in the URL", async ({
  page,
  context,
  trackUser,
}) => {
  const email = trackUser(uniqueEmail("nojs"));
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Nora Nojs");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  expectNoCredentialInUrl(page);
  // What was typed (except the password) is still there after the round trip.
  await expect(page.getByLabel("Name")).toHaveValue("Nora Nojs");

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/");
  expectNoCredentialInUrl(page);
  expect(await sessionCookie(context)).toBeDefined();
  await expect(page.getByTestId("user-name")).toHaveText("Nora Nojs");

  await page.getByTestId("user-name").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await sessionCookie(context)).toBeUndefined();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password don’t match an account.");
  expectNoCredentialInUrl(page);
  expect(await sessionCookie(context)).toBeUndefined();

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
  expectNoCredentialInUrl(page);
  expect(await sessionCookie(context)).toBeDefined();
  await expect(page.getByTestId("user-name")).toHaveText("Nora Nojs");
});

test("without JavaScript, sign-in returns to the page that asked for it", async ({ page }) => {
  await page.goto("/study");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstudy$/);
  await page.getByLabel("Email").fill("student@example.com");
  await page.getByLabel("Password").fill("pacific-demo-2024");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/study");
  expectNoCredentialInUrl(page);
});

test("without JavaScript, a flashcard shows its answer, is rated, and the rating can be undone", async ({ page, trackUser }) => {
  const email = trackUser(uniqueEmail("nojs-study"));
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Study Nojs");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/");

  await page.goto("/study");
  const first = await page.getByTestId("flashcard").getAttribute("data-card-id");
  await expect(page.getByTestId("card-back")).toHaveCount(0);
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByTestId("card-back")).toBeVisible();
  await expect(page.getByTestId("flashcard")).toHaveAttribute("data-card-id", first!);

  await page.getByRole("button", { name: /Good/ }).click();
  await expect(page).toHaveURL("/study");
  await expect(page.getByTestId("flashcard")).not.toHaveAttribute("data-card-id", first!);
  await expect(page.getByTestId("card-back")).toHaveCount(0);

  await page.getByRole("button", { name: "Undo last rating" }).click();
  await expect(page.getByTestId("flashcard")).toHaveAttribute("data-card-id", first!);
});
