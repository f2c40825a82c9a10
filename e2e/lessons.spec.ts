import { expect, test } from "./fixtures";

test("anyone can read a lesson, follow a date to the timeline, and come back to the sentence", async ({ page }) => {
  await page.goto("/lessons");
  await expect(page.getByRole("heading", { level: 1, name: "Lessons" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) })).toHaveCount(5);

  await page.getByRole("link", { name: "Japan–Peru relations", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Japan–Peru relations" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "High-level visits" })).toBeVisible();
  // The infobox is a small facts box, not "Party1: Japan" lines.
  const facts = page.getByRole("complementary", { name: "Facts: Japan-Peru relations" });
  await expect(facts.getByRole("definition").first()).toHaveText("Japan, Peru");
  await expect(page.getByText(/Party1|Filetype/)).toHaveCount(0);

  const sentence = page.locator("span[id]", { hasText: "790 Japanese migrants" }).first();
  await expect(sentence).toBeVisible();
  await sentence.getByRole("link", { name: "1899" }).click();

  await expect(page).toHaveURL(/\/timeline#fact-/);
  const event = page.getByRole("listitem").filter({ hasText: "790 Japanese migrants" }).first();
  await expect(event).toContainText("1899");
  await event.getByRole("link", { name: /Source: Japan–Peru relations/ }).click();
  await expect(page).toHaveURL(/\/lessons\/japan-peru-relations-encyclopedia#/);
});

test("the timeline groups events by era, oldest first", async ({ page }) => {
  await page.goto("/timeline");
  const eras = page.getByRole("heading", { level: 2 });
  await expect(eras.first()).toHaveText("Early contacts and migration (before 1941)");
  const fujimoriYears = page.getByRole("region", { name: "The Fujimori years (1990–2000)" });
  await expect(fujimoriYears.getByRole("listitem").filter({ hasText: "17 December 1996" }).first()).toBeVisible();
  await expect(fujimoriYears).not.toContainText("1899");
});

test("an unknown lesson is a 404 page", async ({ page }) => {
  const response = await page.goto("/lessons/no-such-lesson");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a malformed lesson address is a 400, not a server error", async ({ request }) => {
  const response = await request.get("/lessons/abc%ZZ");
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({ error: { code: "bad-path", message: "The address is not valid." } });
});
