import { expect, test, uniqueEmail } from "./fixtures";
import { signUp, startQuiz } from "./support/learner";

test("the signed-in home is the learner's today: cards, a quiz to resume, the next lesson and the week", async ({ page, trackUser }) => {
  await signUp(page, trackUser(uniqueEmail("home")), "Hana Home");
  await expect(page.getByTestId("welcome")).toHaveText("Welcome, Hana Home.");
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await expect(page.getByTestId("today-cards")).toContainText(/^Flashcards0 due · \d+ new for today/);
  await expect(page.getByTestId("today-lesson")).toContainText("cards you haven’t seen");
  await expect(page.getByTestId("today-week")).toContainText("0 of 4 days this week");
  await expect(page.getByTestId("today-assigned")).toHaveCount(0);

  await startQuiz(page, { count: 5 });
  const attemptUrl = page.url();
  await page.goto("/");
  await expect(page.getByTestId("today-quiz")).toContainText("0 of 5 answered");
  await page.getByRole("link", { name: "Resume quiz" }).click();
  await expect(page).toHaveURL(attemptUrl);

  await page.goto("/");
  await page.getByRole("link", { name: "Start your first cards" }).click();
  await expect(page).toHaveURL("/study");
});
