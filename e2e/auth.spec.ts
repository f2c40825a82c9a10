import { expect, test, uniqueEmail } from "./fixtures";

test("a new learner signs up, signs out, and signs back in; a wrong password is refused", async ({ page, trackUser }) => {
  const email = trackUser(uniqueEmail("learner"));
  const password = "sakuramaru 1899 voyage";

  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Ana Learner");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("welcome")).toHaveText("Welcome, Ana Learner.");

  await page.getByTestId("user-name").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByTestId("welcome")).toHaveCount(0);

  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password don’t match an account.");

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("welcome")).toHaveText("Welcome, Ana Learner.");
});

test("sign-up shows field errors for a short password and a taken email", async ({ page, trackUser }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Ben");
  await page.getByLabel("Email").fill("student@example.com");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();

  await page.getByLabel("Password").fill("a perfectly long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This email can’t be used for a new account. If you already have one, sign in instead.")).toBeVisible();
  await expect(page).toHaveURL("/sign-up");

  const email = trackUser(uniqueEmail("teacher"));
  await page.getByLabel("Email").fill(email);
  // A refused form never sends the password back, so it is typed again.
  await page.getByLabel("Password").fill("a perfectly long password");
  await page.getByLabel("Teacher").check();
  await page.getByRole("button", { name: "Create account" }).click();
  // A teacher lands on their classes, not the learner's today.
  await expect(page).toHaveURL("/teach");
});

test("health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});
