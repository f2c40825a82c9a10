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
