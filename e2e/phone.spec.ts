import { expect, test, uniqueEmail } from "./fixtures";
import { signUp, startQuiz, waitUntilReady } from "./support/learner";

// Each answer is a page load or two; on a busy machine a quiz takes longer than the default minute.
test.describe.configure({ timeout: 180_000 });

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("on a phone, the first card's Show answer is above the fold and the account menu shows the name and closes on Escape", async ({
  page,
  trackUser,
}) => {
  await signUp(page, trackUser(uniqueEmail("phone")), "Paz Phone");
  await page.goto("/study");
  await waitUntilReady(page, "study-session");
  const show = page.getByRole("button", { name: "Show answer" });
  const box = await show.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  // The header is one row of links, not two.
  const navLinks = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  const tops = new Set(await navLinks.evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top))));
  expect(tops.size).toBe(1);

  await expect(page.getByTestId("user-name")).toHaveText("Paz Phone");
  await expect(page.getByTestId("user-name")).toBeVisible();
  await page.getByTestId("user-name").click();
  const signOut = page.getByRole("button", { name: "Sign out" });
  await expect(signOut).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(signOut).toBeHidden();
});

test("on a phone, ordering items have icon move buttons named for their event, and Finish now asks first", async ({ page, trackUser }) => {
  await signUp(page, trackUser(uniqueEmail("phone-quiz")));
  await startQuiz(page, { count: 5, onlyKind: "Put events in order" });
  const items = page.getByTestId("ordering-item");
  const first = (await items.first().locator("span.flex-1, span.min-w-0").first().textContent()) ?? "";
  const up = page.getByRole("button", { name: `Move “${first}” down` });
  await expect(up).toBeVisible();
  await expect(up).toHaveText("");
  const size = await up.boundingBox();
  expect(size!.width).toBeGreaterThanOrEqual(40);

  const total = Number((await page.getByTestId("quiz-progress").textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(1);
  await page.getByRole("link", { name: "Finish now…" }).click();
  await expect(page.getByTestId("finish-confirm")).toContainText(`The ${total} questions you haven’t answered count as missed.`);
  await page.getByRole("link", { name: "Keep going" }).click();
  await expect(page.getByTestId("quiz-progress")).toHaveText(`Question 1 of ${total}`);
  await page.getByRole("link", { name: "Finish now…" }).click();
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await expect(page.getByTestId("quiz-score")).toHaveText("0%");
  await expect(page.getByTestId("quiz-score-statement")).toContainText(`0 of ${total} right`);
});
