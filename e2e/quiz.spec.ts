import { createClient } from "@libsql/client";
import type { Browser, Page } from "@playwright/test";
import { e2eDatabaseUrl } from "../scripts/e2e/e2e-database";
import { expect, test, uniqueEmail } from "./fixtures";

interface BankQuestion {
  id: string;
  kind: string;
  prompt: string;
  answer: string | string[];
  choices?: string[];
}

const PASSWORD = "sakuramaru 1899 voyage";

// The test plays a learner who knows the answers: it reads them from the e2e database by the form's question id.
async function bankQuestion(id: string): Promise<BankQuestion> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    const result = await db.execute({ sql: `SELECT payloadJson FROM "Question" WHERE id = ?`, args: [id] });
    return JSON.parse(String(result.rows[0]?.payloadJson)) as BankQuestion;
  } finally {
    db.close();
  }
}

async function countAnswers(attemptId: string): Promise<number> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    const result = await db.execute({ sql: `SELECT COUNT(*) AS n FROM "QuizAnswer" WHERE attemptId = ?`, args: [attemptId] });
    return Number(result.rows[0]?.n);
  } finally {
    db.close();
  }
}

async function signUp(page: Page, email: string): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Quiz Learner");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/");
}

async function startQuiz(page: Page, options: { count: 5 | 10 | 20; onlyKind?: string }): Promise<string> {
  await page.goto("/quiz");
  await page.getByRole("radio", { name: String(options.count), exact: true }).check();
  if (options.onlyKind) {
    const kinds = page.getByRole("group", { name: "Kinds of question" }).getByRole("checkbox");
    for (const box of await kinds.all()) await box.uncheck();
    await page.getByRole("checkbox", { name: options.onlyKind }).check();
  }
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[\w-]+$/);
  return new URL(page.url()).pathname.split("/").pop() as string;
}

const currentQuestionId = (page: Page) => page.locator('input[name="questionId"]').inputValue();
const postedOrder = (page: Page) =>
  page.locator('input[type="hidden"][name="response"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

/** Puts the ordering list into `target` order with the Move up buttons (each a page load without JavaScript). */
async function arrange(page: Page, target: string[]): Promise<void> {
  for (let position = 0; position < target.length; position++) {
    const text = target[position] as string;
    for (let from = (await postedOrder(page)).indexOf(text); from > position; from--) {
      await page.getByRole("button", { name: `Move “${text}” up` }).click();
      await page.waitForLoadState();
      await expect.poll(() => postedOrder(page).then((order) => order.indexOf(text))).toBe(from - 1);
    }
  }
}

/** Answers the current question rightly or wrongly and returns it; leaves the feedback on screen. */
async function answer(page: Page, how: "right" | "wrong"): Promise<BankQuestion> {
  const question = await bankQuestion(await currentQuestionId(page));
  if (Array.isArray(question.answer)) {
    const correct = question.answer;
    if (how === "right") await arrange(page, correct);
    else if ((await postedOrder(page)).join("\n") === correct.join("\n")) await arrange(page, [...correct].reverse());
  } else if (question.choices && question.choices.length > 0) {
    const expected = question.answer.toLowerCase();
    const choice = how === "right" ? question.answer : question.choices.find((c) => c.toLowerCase() !== expected)!;
    await page.getByRole("radio", { name: choice, exact: true }).check();
  } else {
    await page.getByLabel("Your answer").fill(how === "right" ? question.answer : "0");
  }
  await page.getByRole("button", { name: "Check answer" }).click();
  const feedback = page.getByTestId("answer-feedback");
  await expect(feedback).toBeVisible();
  await expect(feedback.getByRole("heading", { level: 2 })).toHaveText(how === "right" ? "Correct" : /Incorrect|Partly right/);
  return question;
}

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

  await expect(page.getByTestId("quiz-correct")).toHaveText("4 of 5");
  await expect(page.getByTestId("quiz-score")).toHaveText(Array.isArray(missed.answer) ? /^(8\d|9\d)%$/ : "80%");
  const missedItems = page.getByTestId("missed-question");
  await expect(missedItems).toHaveCount(1);
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

  async function signedInWithoutScript(browser: Browser, page: Page, email: string): Promise<void> {
    // Signing up needs JavaScript (next-auth's client); the quiz itself must not.
    const withScript = await browser.newContext({ javaScriptEnabled: true });
    try {
      await signUp(await withScript.newPage(), email);
      await page.context().addCookies(await withScript.cookies());
    } finally {
      await withScript.close();
    }
  }

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
