import { expect, test, uniqueEmail } from "./fixtures";
import { answer, arrange, bankQuestion, countAnswers, currentQuestionId, postedOrder, signedInWithoutScript, signUp, startQuiz } from "./support/learner";

// Each answer is a page load or two; on a busy machine a quiz takes longer than the default minute.
test.describe.configure({ timeout: 180_000 });

test("a learner takes a five-question quiz, resumes it after a reload, and adds the missed question to flashcards", async ({
  page,
  trackUser,
}) => {
  await signUp(page, trackUser(uniqueEmail("quiz")));
  const attemptId = await startQuiz(page, { count: 5 });
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 1 of 5");

  const missed = await answer(page, "wrong");
  const feedback = page.getByTestId("answer-feedback");
  if (!Array.isArray(missed.answer)) await expect(feedback.getByTestId("correct-answer")).toHaveText(missed.answer);
  await expect(feedback.locator("blockquote").first()).toBeVisible();
  await expect(feedback.getByRole("link", { name: "Read it in the lesson" }).first()).toHaveAttribute("href", /^\/lessons\/[\w-]+#.+/);
  await page.getByRole("link", { name: "Next question" }).click();
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 2 of 5");

  await answer(page, "right");
  await page.getByRole("link", { name: "Next question" }).click();
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 3 of 5");

  // Leaving and coming back resumes at the same question.
  const third = await currentQuestionId(page);
  await page.reload();
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 3 of 5");
  expect(await currentQuestionId(page)).toBe(third);

  await answer(page, "right");
  await page.getByRole("link", { name: "Next question" }).click();
  await answer(page, "right");
  await page.getByRole("link", { name: "Next question" }).click();
  await expect(page.getByTestId("quiz-progress")).toHaveText("Question 5 of 5");
  await answer(page, "right");
  await page.getByRole("link", { name: "See your results" }).click();

  await expect(page.getByTestId("quiz-score")).toHaveText(Array.isArray(missed.answer) ? /^(8\d|9\d)%$/ : "80%");
  await expect(page.getByTestId("quiz-score-statement")).toContainText(/^4 of 5 right/);
  const missedItems = page.getByTestId("missed-question");
  await expect(missedItems).toHaveCount(1);
  // Actions first; the review stays collapsed until asked for.
  await expect(missedItems).toBeHidden();
  await page.getByText("Review what you missed (1)").click();
  await expect(missedItems).toContainText(missed.prompt);
  await expect(missedItems.getByRole("link", { name: "Read it in the lesson" }).first()).toBeVisible();
  expect(await countAnswers(attemptId)).toBe(5);

  await page.getByRole("button", { name: "Add missed questions to my flashcards" }).click();
  await expect(page.getByText("Added 1 question to your flashcards.")).toBeVisible();
  await page.getByRole("button", { name: "Add missed questions to my flashcards" }).click();
  await expect(page.getByText("All 1 missed question is already in your flashcards.")).toBeVisible();
});

test("ordering questions work by drag and drop and by keyboard, with partial credit", async ({ page, trackUser }) => {
  await signUp(page, trackUser(uniqueEmail("order")));
  await startQuiz(page, { count: 5, onlyKind: "Put events in order" });
  const question = await bankQuestion(await currentQuestionId(page));
  const correct = question.answer as string[];

  const items = page.getByTestId("ordering-item");
  // Dragging is offered once the page is interactive.
  await expect(items.first()).toHaveAttribute("draggable", "true");
  const before = await postedOrder(page);
  await items.last().dragTo(items.first());
  const dragged = [before.at(-1) as string, ...before.slice(0, -1)];
  await expect.poll(() => postedOrder(page)).toEqual(dragged);

  // Keyboard: Move down keeps focus on the moved event, so pressing Enter again keeps moving it.
  const first = dragged[0] as string;
  await page.getByRole("button", { name: `Move “${first}” down` }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => postedOrder(page).then((order) => order.indexOf(first))).toBe(1);
  await expect(page.getByRole("button", { name: `Move “${first}” down` })).toBeFocused();
  await expect(page.getByText(`Moved “${first}” to position 2 of ${correct.length}.`)).toBeAttached();

  // Make it exactly one adjacent swap away from correct: partial credit.
  const oneSwap = [correct[1], correct[0], ...correct.slice(2)] as string[];
  await arrange(page, oneSwap);
  await page.getByRole("button", { name: "Check answer" }).click();
  const pairs = (correct.length * (correct.length - 1)) / 2;
  await expect(page.getByTestId("partial-credit")).toHaveText(`You got ${pairs - 1} of ${pairs} pairs in the right order.`);
  await expect(page.getByTestId("answer-feedback").getByRole("heading", { level: 2 })).toHaveText("Partly right");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a learner starts a quiz and answers through plain form posts", async ({ browser, page, trackUser }) => {
    await signedInWithoutScript(browser, page, trackUser(uniqueEmail("nojs")));
    await startQuiz(page, { count: 5, onlyKind: "Which year?" });
    await expect(page.getByTestId("quiz-progress")).toHaveText("Question 1 of 5");

    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByText("Choose or type an answer first.")).toBeVisible();

    await answer(page, "right");
    await expect(page).toHaveURL(/\?answered=/);
    await page.getByRole("link", { name: "Next question" }).click();
    await expect(page.getByTestId("quiz-progress")).toHaveText("Question 2 of 5");
  });

  test("ordering works with the move buttons as page loads", async ({ browser, page, trackUser }) => {
    await signedInWithoutScript(browser, page, trackUser(uniqueEmail("nojs-order")));
    await startQuiz(page, { count: 5, onlyKind: "Put events in order" });
    const question = await bankQuestion(await currentQuestionId(page));
    await answer(page, "right");
    await expect(page.getByTestId("answer-feedback")).toContainText("Correct order");
    expect(question.kind).toBe("chronology");
  });
});
