import { expect, test, uniqueEmail } from "./fixtures";
import { PASSWORD, answer, currentQuestionId, signUp, startQuiz, waitUntilReady } from "./support/learner";

test("a new learner's flashcards and quiz show on the dashboard after signing out and in again", async ({ page, trackUser }) => {
  test.slow();
  const email = trackUser(uniqueEmail("journey"));
  await signUp(page, email, "Journey Learner");

  // Five new cards, reviewed with the keyboard.
  await page.goto("/study");
  await waitUntilReady(page, "study-session");
  for (let reviewed = 1; reviewed <= 5; reviewed++) {
    await page.keyboard.press("Space");
    await expect(page.getByTestId("card-back")).toBeVisible();
    await page.keyboard.press("3");
    await expect(page.getByTestId("count-new")).toHaveText(String(20 - reviewed));
  }

  // A five-question quiz with one wrong answer, left and resumed after a reload.
  await startQuiz(page, { count: 5 });
  await answer(page, "right");
  await page.getByRole("link", { name: "Next question" }).click();
  await answer(page, "wrong");
  await page.getByRole("link", { name: "Next question" }).click();
  const third = await currentQuestionId(page);
  await page.reload();
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 3 of 5");
  expect(await currentQuestionId(page)).toBe(third);
  for (let question = 3; question <= 5; question++) {
    await answer(page, "right");
    await page.getByRole("link", { name: question < 5 ? "Next question" : "See your results" }).click();
  }
  await expect(page.getByTestId("quiz-score-statement")).toContainText("4 of 5 right");

  // Everything was saved as it happened: it is all there in a new session.
  await page.getByTestId("user-name").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/sign-in?callbackUrl=/progress");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/progress");

  await expect(page.getByText("5 reviews in the last 30 days")).toBeVisible();
  // Five good reviews and four of five quiz answers right.
  await expect(page.getByText("This week: 90% right (9 of 10)")).toBeVisible();
  await expect(page.getByText("1 of 4 days this week")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Mixed quiz" })).toContainText("4 of 5 right");

  await page.goto("/study");
  await waitUntilReady(page, "study-session");
  await expect(page.getByTestId("count-new")).toHaveText("15");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a learner's whole day: sign up, today, a lesson, three cards to the end of the session, a quiz, then progress", async ({ page, trackUser }) => {
    test.setTimeout(240_000);
    const fitsTheScreen = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await signUp(page, trackUser(uniqueEmail("phone-day")), "Pilar Phone");

    // Morning: the home says what to do and has nothing to celebrate yet.
    await expect(page.getByTestId("welcome")).toHaveText("Welcome, Pilar Phone.");
    await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
    await expect(page.getByTestId("today-cards")).toContainText("0 due · 20 new for today");
    await expect(page.getByTestId("today-week")).toContainText("0 of 4 days this week");
    await expect(page.getByTestId("streak")).toHaveCount(0);
    await fitsTheScreen();

    // The next lesson, read on the phone.
    const lessonTitle = (await page.getByTestId("today-lesson").locator("span.font-medium").textContent())!.trim();
    await page.getByRole("link", { name: "Read the lesson" }).click();
    await expect(page.getByRole("heading", { level: 1, name: lessonTitle })).toBeVisible();
    await fitsTheScreen();

    // A short session today: three new cards.
    await page.goto("/settings");
    await waitUntilReady(page, "study-settings-form");
    await page.getByLabel("New cards per day").fill("3");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();

    await page.goto("/");
    await page.getByRole("link", { name: "Start your first cards" }).click();
    await waitUntilReady(page, "study-session");
    for (let reviewed = 1; reviewed <= 3; reviewed++) {
      const show = page.getByRole("button", { name: "Show answer" });
      const box = await show.boundingBox();
      expect(box!.y + box!.height, "Show answer is above the fold").toBeLessThanOrEqual(844);
      await show.tap();
      await expect(page.getByTestId("card-back")).toBeVisible();
      await page.getByRole("button", { name: /Good/ }).tap();
      if (reviewed < 3) await expect(page.getByTestId("count-new")).toHaveText(String(3 - reviewed));
    }
    // The end of the session: what was done, and the first day of a streak.
    await expect(page.getByTestId("all-caught-up")).toBeVisible();
    await expect(page.getByTestId("session-summary")).toHaveText("You reviewed 3 cards today.");
    await expect(page.getByTestId("all-caught-up").getByTestId("streak-days")).toHaveText("1 study day in a row");
    await expect(page.getByTestId("milestone")).toHaveCount(0);
    await fitsTheScreen();

    // A quiz, all right.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Quiz" }).tap();
    await startQuiz(page, { count: 5 });
    for (let question = 1; question <= 5; question++) {
      await expect(page.getByTestId("quiz-progress")).toHaveText(`Question ${question} of 5`);
      await answer(page, "right");
      await page.getByRole("link", { name: question < 5 ? "Next question" : "See your results" }).click();
    }
    await expect(page.getByTestId("quiz-score")).toHaveText("100%");
    await expect(page.getByTestId("quiz-score-statement")).toContainText("5 of 5 right");
    await fitsTheScreen();

    // Evening: the home counts the day, the progress page has it all.
    await page.goto("/");
    await expect(page.getByTestId("welcome")).toHaveText("Welcome back, Pilar Phone.");
    await expect(page.getByTestId("today-cards")).toContainText(/All caught up\./);
    await expect(page.getByTestId("today-week")).toContainText("1 of 4 days this week");
    await expect(page.getByTestId("streak-days")).toHaveText("1 study day in a row");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).tap();
    await expect(page).toHaveURL("/progress");
    await expect(page.getByText("3 reviews in the last 30 days")).toBeVisible();
    await expect(page.getByText("1 of 4 days this week")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Mixed quiz" })).toContainText("5 of 5 right");
    await fitsTheScreen();
  });
});
