import { createClient } from "@libsql/client";
import type { Page } from "@playwright/test";
import { focusCloze } from "@/lib/domain/flashcards/focus-cloze";
import { e2eDatabaseUrl } from "../scripts/e2e/e2e-database";
import { expect, test, uniqueEmail } from "./fixtures";
import { signUp, waitUntilReady } from "./support/learner";
import { userIdOf } from "./support/results-class";

// Stored the way Prisma's SQLite adapter writes DateTime columns.
const sqliteDate = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const DAY = 86_400_000;

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Started cards for the learner, one per question; `reviewedDaysAgo[i]` is the day card i was last reviewed (none when null). */
async function seedCards(userId: string, questionIds: string[], dueMsAgo: number, reviewedDaysAgo: (number | null)[] = []): Promise<void> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    const now = Date.now();
    await db.batch(
      questionIds.flatMap((questionId, i) => {
        const cardId = `e2e-polish-${userId.slice(-6)}-${i}-${now.toString(36)}`;
        const daysAgo = reviewedDaysAgo[i] ?? null;
        const reviewedAt = daysAgo === null ? null : sqliteDate(now - daysAgo * DAY);
        return [
          {
            sql: `INSERT INTO "Card" (id, "userId", "questionId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "lastReview", version)
                  VALUES (?, ?, ?, ?, 30, 5, 0, 30, 0, 1, 0, 'review', ?, 1)`,
            args: [cardId, userId, questionId, sqliteDate(now - dueMsAgo), reviewedAt],
          },
          ...(reviewedAt
            ? [
                {
                  sql: `INSERT INTO "ReviewLog" (id, "cardId", "userId", rating, "cardVersion", "reviewedAt", "stateAfter", "scheduledDays", "previousJson") VALUES (?, ?, ?, 'good', 0, ?, 'review', 30, '{}')`,
                  args: [`${cardId}-log`, cardId, userId, reviewedAt],
                },
              ]
            : []),
        ];
      }),
      "write",
    );
  } finally {
    db.close();
  }
}

async function questionIds(where: string, limit: number): Promise<{ id: string; prompt: string }[]> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    const rows = await db.execute(`SELECT id, payloadJson FROM "Question" WHERE "retiredAt" IS NULL AND ${where} ORDER BY id LIMIT ${limit}`);
    return rows.rows.map((row) => ({ id: String(row.id), prompt: (JSON.parse(String(row.payloadJson)) as { prompt: string }).prompt }));
  } finally {
    db.close();
  }
}

const animationOf = (page: Page, testId: string) => page.getByTestId(testId).evaluate((element) => getComputedStyle(element).animationName);
const words = (text: string) => text.trim().split(/\s+/).length;

test("a long cloze shows the clause that holds the blank, the back quotes the whole sentence, and the card turns without motion when asked", async ({
  page,
  trackUser,
}) => {
  const email = trackUser(uniqueEmail("long-cloze"));
  await signUp(page, email, "Lucía Long");
  const long = (await questionIds(`kind IN ('date-cloze', 'number-cloze')`, 1000)).find((q) => words(q.prompt) > 40 && words(focusCloze(q.prompt).text) <= 25);
  expect(long, "the bank has a cloze of more than 40 words whose blank sits in a short clause").toBeDefined();
  // Due an hour ago: due cards come before new ones.
  await seedCards(await userIdOf(email), [long!.id], 3_600_000);

  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/study");
  await waitUntilReady(page, "study-session");
  const prompt = (await page.getByTestId("card-prompt").textContent()) ?? "";
  expect(words(prompt)).toBeLessThanOrEqual(25);
  expect(prompt).toContain("_____");
  expect(prompt).toContain("…");
  await page.getByRole("button", { name: "Show answer" }).tap();
  await expect(page.getByTestId("card-back")).toBeVisible();
  expect(words((await page.getByTestId("card-back").locator("blockquote").first().textContent()) ?? "")).toBeGreaterThan(words(prompt));
  expect(await animationOf(page, "card-back")).toBe("none");

  // Without the request for less motion, the answer turns into view.
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.reload();
  await waitUntilReady(page, "study-session");
  await page.getByRole("button", { name: "Show answer" }).tap();
  expect(await animationOf(page, "card-back")).toBe("card-reveal");
});

test("six study days in a row, then today's review: the home marks a seven-day streak once, moving only without reduced motion", async ({ page, trackUser }) => {
  const email = trackUser(uniqueEmail("streak"));
  await signUp(page, email, "Sami Streak");
  // Six cards, one reviewed on each of the last six days, none due today.
  const bank = await questionIds(`kind = 'true-false'`, 6);
  await seedCards(await userIdOf(email), bank.map((q) => q.id), -30 * DAY, [1, 2, 3, 4, 5, 6]);

  await page.goto("/");
  await expect(page.getByTestId("streak-days")).toHaveText("6 study days in a row so far: study today to keep them going.");
  await expect(page.getByTestId("milestone")).toHaveCount(0);

  await page.goto("/study");
  await waitUntilReady(page, "study-session");
  await page.getByRole("button", { name: "Show answer" }).tap();
  await page.getByRole("button", { name: /Good/ }).tap();
  await expect(page.getByTestId("count-new")).toHaveText("19");

  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
  await expect(page.getByTestId("streak-days")).toHaveText("7 study days in a row");
  await expect(page.getByTestId("milestone")).toHaveText("7 days in a row: a milestone.");
  expect(await animationOf(page, "milestone")).toBe("none");
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.reload();
  expect(await animationOf(page, "milestone")).toBe("milestone-pop");
});
