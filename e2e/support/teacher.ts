// What a teacher does in the browser, shared by the class and assignment specs.
import { createClient } from "@libsql/client";
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { e2eDatabaseUrl } from "../../scripts/e2e/e2e-database";
import { expect } from "../fixtures";
import { bankQuestion, currentQuestionId, questionIdField } from "./learner";

/** Creates a class from /teach and returns its join code as shown ("ABC DEF"). */
export async function createClass(page: Page, name: string): Promise<string> {
  await page.goto("/teach");
  await page.getByLabel("Class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return (await page.getByTestId("join-code").textContent())!.trim();
}

/** A datetime-local value `hours` from now, in UTC (the browser's zone in these tests). */
export function localInput(hours: number): string {
  return new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 16);
}

/** From the class page: a draft of `count` true/false questions, then published. Returns the teacher's assignment URL. */
export async function publishTrueFalseAssignment(
  page: Page,
  options: { title: string; count: number; lateUntilHours?: number; timeLimitMinutes?: number; dueAt?: string },
): Promise<string> {
  await page.getByRole("link", { name: "New assignment" }).click();
  await page.getByLabel("Title").fill(options.title);
  await page.getByLabel("How many questions").fill(String(options.count));
  const kinds = page.getByRole("group", { name: "Kinds of question" }).getByRole("checkbox");
  for (const box of await kinds.all()) await box.uncheck();
  await page.getByRole("checkbox", { name: "True or false" }).check();
  if (options.dueAt) await page.getByLabel("Due", { exact: true }).fill(options.dueAt);
  if (options.lateUntilHours) await page.getByLabel("Late work until (blank: none)").fill(localInput(options.lateUntilHours));
  if (options.timeLimitMinutes) await page.getByLabel("Time limit in minutes (blank: none)").fill(String(options.timeLimitMinutes));
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Saved. Check the questions below")).toBeVisible();
  await expect(page.getByRole("list", { name: "Questions" }).getByRole("listitem")).toHaveCount(options.count);
  await page.getByRole("button", { name: "Publish to the class" }).click();
  await expect(page.getByText("Published: students in the class can see it now.")).toBeVisible();
  return page.url().split("?")[0] as string;
}

/** Answers the current true/false question rightly or wrongly, without feedback (the assignment shows it after submitting). */
export async function answerTrueFalse(page: Page, how: "right" | "wrong"): Promise<void> {
  const id = await currentQuestionId(page);
  const question = await bankQuestion(id);
  const choice = how === "right" ? question.answer : question.answer === "True" ? "False" : "True";
  await page.getByRole("radio", { name: String(choice), exact: true }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  const shownId = async () => {
    const field = questionIdField(page);
    // The page may be navigating away while it is read: a short wait, then ask again.
    return (await field.count()) > 0 ? field.first().inputValue({ timeout: 1_000 }).catch(() => id) : "finished";
  };
  // The player may show a step between questions; follow it when it does.
  const onward = page.getByRole("link", { name: /^(Next question|See your results)$/ });
  await expect
    .poll(async () => {
      if ((await onward.count()) > 0) await onward.first().click();
      return shownId();
    }, { timeout: 30_000 })
    .not.toBe(id);
}

/** Moves a running attempt's time-limit deadline into the past, as if the minutes had gone by. */
export async function expireAttempt(attemptId: string): Promise<void> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    await db.execute({
      sql: `UPDATE "QuizAttempt" SET "deadlineAt" = ?, "startedAt" = ? WHERE id = ?`,
      args: [Date.now() - 10_000, Date.now() - 70_000, attemptId],
    });
  } finally {
    db.close();
  }
}

/** A teacher and a student, each in their own browser context (own cookies, the student's own options), closed afterwards. */
export async function withTwoPeople(
  browser: Browser,
  run: (teacher: Page, student: Page) => Promise<void>,
  studentOptions: BrowserContextOptions = {},
): Promise<void> {
  const contexts = [await browser.newContext(), await browser.newContext(studentOptions)];
  try {
    await run(await contexts[0]!.newPage(), await contexts[1]!.newPage());
  } finally {
    for (const context of contexts) await context.close();
  }
}
