import type { Locator, Page } from "@playwright/test";
import { expect, test, uniqueEmail } from "./fixtures";
import { signUp } from "./support/learner";
import { seedSubmittedQuiz, userIdOf } from "./support/results-class";

// A teacher on a tablet (768 × 1024, touch), moving with the keyboard alone: Tab to each control, type, Enter.
test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });
test.describe.configure({ timeout: 180_000 });

/** Presses Tab until `target` has the focus (failing if it never does): proof the control is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The page fits the tablet's width: nothing makes the whole page scroll sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
}

test("on a tablet, by keyboard alone, a teacher creates a class and an assignment, publishes it and reads results", async ({ page, trackUser }) => {
  const email = trackUser(uniqueEmail("tablet-teacher"));
  await signUp(page, email, "Tala Tablet", "teacher");

  await expectNoSidewaysScroll(page);
  await tabTo(page, page.getByLabel("Class name"));
  await page.keyboard.type("Tablet history");
  await tabTo(page, page.getByRole("button", { name: "Create class" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Tablet history" })).toBeVisible();
  await expectNoSidewaysScroll(page);

  await tabTo(page, page.getByRole("link", { name: "New assignment" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Title")).toBeVisible();
  await expectNoSidewaysScroll(page);
  await tabTo(page, page.getByLabel("Title"));
  await page.keyboard.type("Tablet check");
  await tabTo(page, page.getByLabel("How many questions"));
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("3");
  await tabTo(page, page.getByRole("button", { name: "Save draft" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Saved. Check the questions below")).toBeVisible();
  await expect(page.getByRole("list", { name: "Questions" }).getByRole("listitem")).toHaveCount(3);
  await expectNoSidewaysScroll(page);

  await tabTo(page, page.getByRole("button", { name: "Publish to the class" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Published: students in the class can see it now.")).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "Results and statistics" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results: Tablet check");
  await expectNoSidewaysScroll(page);

  // A class with work in it: the status table, statistics and heatmap fit the width, the heatmap scrolls in its own box.
  const students = ["Ana Quispe", "Ben Sato", "Cai Flores"].map((name) => ({ name, email: trackUser(uniqueEmail(name.split(" ")[0]!.toLowerCase())) }));
  const quiz = await seedSubmittedQuiz(await userIdOf(email), students, `${Date.now().toString(36)}t`);
  await page.goto(`/teach/classes/${quiz.classId}/assignments/${quiz.assignmentId}/results`);
  await expect(page.getByTestId("student-result").filter({ hasText: "Ben Sato" })).toContainText("Submitted late");
  await expect(page.getByTestId("heatmap")).toBeVisible();
  await expectNoSidewaysScroll(page);
  const csv = page.getByRole("link", { name: "Download CSV: one row per student" });
  await tabTo(page, csv, 200);
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toMatch(/^migration-check-students-\d{4}-\d{2}-\d{2}\.csv$/);
});
