import { expect, test, uniqueEmail } from "./fixtures";
import { signUp } from "./support/learner";

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

test("the late 19th century sits between 1821 and October 1868, and a new learner's mastery is said once", async ({ page, trackUser }) => {
  await page.goto("/timeline");
  const early = page.getByRole("region", { name: "Early contacts and migration (before 1941)" });
  const dates = (await early.getByTestId("event-date").allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
  expect(dates.slice(0, 3)).toEqual(["1821", "the late 19th century 1867–1899", "October 1868"]);

  await signUp(page, trackUser(uniqueEmail("timeline")), "Tomás Timeline");
  await page.goto("/timeline");
  await expect(page.getByTestId("mastery-note")).toHaveText(/^Your mastery: you haven’t studied these events yet\./);
  await expect(page.getByText(/Your mastery/)).toHaveCount(1);
  await expect(page.getByText("Not studied")).toHaveCount(0);
});

for (const { name, viewport } of [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
]) {
  test.describe(`the lesson reader on a ${name}`, () => {
    test.use({ viewport });

    test("shows each document's date (none for the encyclopedia), no import leftovers, and fits the screen", async ({ page }) => {
      await page.goto("/lessons");
      const card = (title: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: title, exact: true }) });
      await expect(card("Japan-Peru Summit Meeting (Prime Minister Abe and President Humala)")).toContainText("Ministry of Foreign Affairs of Japan · 10 November 2014");
      await expect(card("Japan-Peru Foreign Ministers' Meeting")).toContainText("Ministry of Foreign Affairs of Japan · 14 August 2018");
      // A reference work needs no date: no "Undated" beside it.
      await expect(card("Japan–Peru relations")).not.toContainText("Undated");

      await page.goto("/lessons/japan-peru-relations-encyclopedia");
      await expect(page.getByRole("heading", { level: 1, name: "Japan–Peru relations" })).toBeVisible();
      await expect(page.getByText(/Infobox|Party1|Filetype|\{\{|\}\}/)).toHaveCount(0);
      // One family of headings in the lesson itself: its section headings share the title's face (the side panel is chrome).
      const faces = await page.getByRole("main").locator("article > div").first().getByRole("heading").evaluateAll((headings) => [...new Set(headings.map((h) => getComputedStyle(h).fontFamily))]);
      expect(faces).toHaveLength(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

      await page.goto("/lessons/abe-humala-summit-2014");
      await expect(page.getByRole("main")).toContainText("Ministry of Foreign Affairs of Japan · 10 November 2014");
    });
  });
}
