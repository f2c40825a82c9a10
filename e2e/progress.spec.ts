import { createClient } from "@libsql/client";
import { e2eDatabaseUrl } from "../scripts/e2e/e2e-database";
import { expect, test, uniqueEmail } from "./fixtures";
import { signUp } from "./support/learner";

// Stored the way Prisma's SQLite adapter writes DateTime columns.
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** One reviewed card (due an hour ago) and its review a minute ago, written straight into the e2e database. */
async function seedOneReview(email: string): Promise<boolean> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    const question = await db.execute('SELECT id FROM "Question" WHERE "retiredAt" IS NULL ORDER BY id LIMIT 1');
    const user = await db.execute({ sql: 'SELECT id FROM "User" WHERE email = ?', args: [email] });
    const questionId = question.rows[0]?.id;
    const userId = user.rows[0]?.id;
    if (typeof questionId !== "string" || typeof userId !== "string") return false;
    const now = Date.now();
    const cardId = `e2e-progress-${now.toString(36)}`;
    await db.execute({
      sql: `INSERT INTO "Card" (id, "userId", "questionId", due, stability, difficulty, "elapsedDays", "scheduledDays",
            "learningSteps", reps, lapses, state, "lastReview", version)
            VALUES (?, ?, ?, ?, 3, 5, 0, 0, 0, 1, 0, 'review', ?, 1)`,
      args: [cardId, userId, questionId, sqliteDate(new Date(now - 3_600_000)), sqliteDate(new Date(now - 60_000))],
    });
    await db.execute({
      sql: `INSERT INTO "ReviewLog" (id, "cardId", "userId", rating, "cardVersion", "reviewedAt", "stateAfter", "scheduledDays", "previousJson")
            VALUES (?, ?, ?, 'good', 0, ?, 'review', 0, '{}')`,
      args: [`${cardId}-log`, cardId, userId, sqliteDate(new Date(now - 60_000))],
    });
    return true;
  } finally {
    db.close();
  }
}

test("a brand-new learner sees where to start, and can download an (empty) export", async ({ page, trackUser }) => {
  const email = trackUser(uniqueEmail("progress-new"));
  await signUp(page, email, "Progress Learner");

  await page.getByRole("link", { name: "Progress" }).click();
  await expect(page).toHaveURL("/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nothing to chart yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Study flashcards" })).toHaveAttribute("href", "/study");
  await expect(page.getByRole("link", { name: "Take a quiz" })).toHaveAttribute("href", "/quiz");
  await expect(page.getByRole("heading", { name: "Due cards" })).toHaveCount(0);

  const csv = await page.request.get("/api/export/cards?format=csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="pacific-bridge-cards-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(await csv.text()).toBe("\uFEFFfront,back,source document,quote,due,state\r\n");

  const anki = await page.request.get("/api/export/cards?format=anki");
  expect(anki.status()).toBe(200);
  expect(anki.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(await anki.text()).toContain("#columns:Front\tBack\tSource\tTags");

  const unknown = await page.request.get("/api/export/cards?format=pdf");
  expect(unknown.status()).toBe(400);
  expect(await unknown.json()).toEqual({ error: { code: "invalid-format", message: expect.any(String) } });
});

test.describe("in the learner's own time zone", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("a learner with a review sees every panel of the dashboard", async ({ page, trackUser }) => {
    const email = trackUser(uniqueEmail("progress-active"));
    await signUp(page, email, "Progress Learner");
    expect(await seedOneReview(email), "the e2e database has the ingested questions").toBe(true);

    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/progress");
    // The page learns the browser's zone through the tz cookie and re-renders once.
    await expect(page.getByText("Days follow your time zone (Asia/Tokyo).")).toBeVisible();
    for (const name of ["Due cards", "Reviews per day", "Accuracy", "Mastery by lesson", "Study days this week", "Recent quizzes", "Export my cards"]) {
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    }
    await expect(page.getByText("Due today: 1")).toBeVisible();
    await expect(page.getByText("1 review in the last 30 days")).toBeVisible();
    await expect(page.getByText("1 of 4 days this week")).toBeVisible();
    await expect(page.getByRole("img", { name: /Cards due in the next 7 days/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /Reviews per day, last 30 days/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /Accuracy per week/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /Study days this week/ })).toBeVisible();
    await expect(page.getByText("No finished quizzes yet.")).toBeVisible();
    // Nothing overflows sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const csv = await page.request.get("/api/export/cards?format=csv");
    expect((await csv.text()).trimEnd().split("\r\n")).toHaveLength(2);
  });
});

test("signed out: the export answers 401 and the page asks to sign in", async ({ page, request }) => {
  const response = await request.get("/api/export/cards?format=csv");
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: "Sign in to export your cards." } });

  await page.goto("/progress");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprogress$/);
});
