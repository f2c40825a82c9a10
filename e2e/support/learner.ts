// What a learner does in the browser, shared by the e2e specs.
import { createClient } from "@libsql/client";
import type { Browser, Page } from "@playwright/test";
import { e2eDatabaseUrl } from "../../scripts/e2e/e2e-database";
import { expect } from "../fixtures";

/** Key presses and clicks before hydration would be lost: wait until the page handles them. */
export async function waitUntilReady(page: Page, testId: "study-session" | "study-settings-form") {
  await expect(page.getByTestId(testId)).toHaveAttribute("data-ready", "true");
}

export interface BankQuestion {
  id: string;
  kind: string;
  prompt: string;
  answer: string | string[];
  choices?: string[];
}

export const PASSWORD = "sakuramaru 1899 voyage";

// The test plays a learner who knows the answers: it reads them from the e2e database by the form's question id.
export async function bankQuestion(id: string): Promise<BankQuestion> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    const result = await db.execute({ sql: `SELECT payloadJson FROM "Question" WHERE id = ?`, args: [id] });
    return JSON.parse(String(result.rows[0]?.payloadJson)) as BankQuestion;
  } finally {
    db.close();
  }
}

export async function countAnswers(attemptId: string): Promise<number> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    const result = await db.execute({ sql: `SELECT COUNT(*) AS n FROM "QuizAnswer" WHERE attemptId = ?`, args: [attemptId] });
    return Number(result.rows[0]?.n);
  } finally {
    db.close();
  }
}

export async function signUp(page: Page, email: string, name = "Quiz Learner", role: "student" | "teacher" = "student"): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  if (role === "teacher") await page.getByRole("radio", { name: "Teacher" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  // Password hashing is deliberately slow; on a busy machine it takes longer than the usual wait.
  // A teacher's home is their classes.
  await expect(page).toHaveURL(role === "teacher" ? "/teach" : "/", { timeout: 60_000 });
}

/** Signs up in a scripted context (next-auth's client needs JavaScript) and hands the session to `page`. */
export async function signedInWithoutScript(browser: Browser, page: Page, email: string): Promise<void> {
  const withScript = await browser.newContext({ javaScriptEnabled: true });
  try {
    await signUp(await withScript.newPage(), email);
    await page.context().addCookies(await withScript.cookies());
  } finally {
    await withScript.close();
  }
}

export async function startQuiz(page: Page, options: { count: 5 | 10 | 20; onlyKind?: string }): Promise<string> {
  await page.goto("/quiz");
  await page.getByRole("radio", { name: String(options.count), exact: true }).check();
  if (options.onlyKind) {
    const kinds = page.getByRole("group", { name: "Kinds of question" }).getByRole("checkbox");
    for (const box of await kinds.all()) await box.uncheck();
    await page.getByRole("checkbox", { name: options.onlyKind }).check();
  }
  await page.getByRole("button", { name: "Start quiz" }).click();
  // A quiz takes one question per fact, so a narrow choice can come out shorter (`?requested=` says so).
  await expect(page).toHaveURL(/\/quiz\/[\w-]+(\?requested=\d+)?$/);
  return new URL(page.url()).pathname.split("/").pop() as string;
}

/** The answer form's question (other forms, such as "report a problem" on the feedback, carry a questionId too). */
export const questionIdField = (page: Page) => page.locator('form:has([data-testid="question-prompt"]) input[name="questionId"]');
export const currentQuestionId = (page: Page) => questionIdField(page).inputValue();
export const postedOrder = (page: Page) =>
  page.locator('input[type="hidden"][name="response"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

/** Puts the ordering list into `target` order with the Move up buttons (each a page load without JavaScript). */
export async function arrange(page: Page, target: string[]): Promise<void> {
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
export async function answer(page: Page, how: "right" | "wrong"): Promise<BankQuestion> {
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

