import { readFile } from "node:fs/promises";
import { expect, test, uniqueEmail } from "./fixtures";
import { signUp, waitUntilReady } from "./support/learner";
import { lessonWithFewQuestions, seedSpacedAssignment, seedSubmittedQuiz, userIdOf } from "./support/results-class";

/** RFC 4180 cells of one line (quoted commas and doubled quotes). */
function csvCells(line: string): string[] {
  const cells = [""];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cells[cells.length - 1] += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) cells.push("");
    else cells[cells.length - 1] += c;
  }
  return cells;
}

const tag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

// Each test signs up its own accounts, and password hashing is slow on purpose: allow for a busy machine.
test.describe.configure({ timeout: 150_000 });

test("a teacher sees late work, question statistics and the heatmap, and downloads the CSV", async ({ page, trackUser }) => {
  const teacherEmail = trackUser(uniqueEmail("teacher"));
  await signUp(page, teacherEmail, "Teacher Tanaka", "teacher");
  const teacherId = await userIdOf(teacherEmail);
  const students = ["Ana Quispe", "Ben Sato", "Cai Flores"].map((name) => ({ name, email: trackUser(uniqueEmail(name.split(" ")[0]!.toLowerCase())) }));
  const quiz = await seedSubmittedQuiz(teacherId, students, tag());
  const href = `/teach/classes/${quiz.classId}/assignments/${quiz.assignmentId}/results`;

  await page.goto(href);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results: Migration check");
  const row = (name: string) => page.getByTestId("student-result").filter({ hasText: name });
  await expect(row("Ana Quispe")).toContainText("Submitted");
  await expect(row("Ana Quispe")).toContainText("100%");
  await expect(row("Ben Sato")).toContainText("Submitted late");
  await expect(row("Ben Sato")).toContainText("67%");
  await expect(row("Cai Flores")).toContainText("Missing");

  const first = page.getByTestId("question-statistics").first();
  await expect(first.getByRole("heading")).toHaveText(`Q1. ${quiz.questions[0]!.prompt}`);
  await expect(first.getByRole("definition").nth(0)).toHaveText("50%"); // facility: Ana right, Ben wrong
  await expect(first).toContainText(`Most-chosen wrong answer${quiz.questions[0]!.wrong} (1)`);
  await expect(first.locator("blockquote")).toBeVisible();

  const heatmap = page.getByTestId("heatmap");
  await expect(heatmap.getByRole("columnheader")).toHaveText(["Student", "Q1", "Q2", "Q3"]);
  await expect(heatmap.getByRole("row", { name: /Ben Sato/ }).getByRole("cell")).toHaveText(["✗wrong", "✓correct", "✓correct"]);
  await expect(heatmap.getByRole("row", { name: /Cai Flores/ }).getByRole("cell")).toHaveText(Array(3).fill("no submitted attempt"));

  const link = page.getByRole("link", { name: "Download CSV: one row per answer" });
  await link.focus();
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFFclass,assignment,student,email,attempt,counted,question,")).toBe(true);
  const lines = csv.split("\r\n").filter(Boolean);
  expect(lines).toHaveLength(1 + 6);
  const ben = lines.map(csvCells).filter((cells) => cells[2] === "Ben Sato");
  // attempt, counted, question number, correct
  expect(ben.map((cells) => [cells[4], cells[5], cells[6], cells[11]])).toEqual([["1", "yes", "1", "no"], ["1", "yes", "2", "yes"], ["1", "yes", "3", "yes"]]);

});

test("a spaced assignment shows the student's predicted recall and the cards to review, and the teacher sees it per student", async ({ page, browser, trackUser }) => {
  const studentEmail = trackUser(uniqueEmail("spaced"));
  await signUp(page, studentEmail, "Sofía Spaced");
  const studentId = await userIdOf(studentEmail);
  const teacherContext = await browser.newContext();
  const teacherPage = await teacherContext.newPage();
  const teacherEmail = trackUser(uniqueEmail("spaced-teacher"));
  await signUp(teacherPage, teacherEmail, "Teacher Spaced", "teacher");
  const teacherId = await userIdOf(teacherEmail);
  const lesson = await lessonWithFewQuestions();
  const spaced = await seedSpacedAssignment(teacherId, studentId, lesson.id, tag());

  const mine = `/assignments/${spaced.assignmentId}/results`;
  await page.goto(mine);
  await expect(page.getByTestId("spaced-recall")).toContainText("Your predicted recall now: 0% (Not started)");
  await expect(page.getByTestId("spaced-recall")).toContainText(`0 of ${lesson.count} cards are at the target.`);
  await expect(page.getByRole("heading", { name: `Cards to review (${lesson.count})` })).toBeVisible();

  await page.getByRole("link", { name: "Review these flashcards now" }).click();
  await expect(page).toHaveURL(`/study?lesson=${lesson.id}`);
  await waitUntilReady(page, "study-session");
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /Good/ }).click();
  await expect(page.getByTestId("count-new")).toHaveText(String(Math.min(19, lesson.count - 1)));

  await page.goto(mine);
  await expect(page.getByTestId("spaced-recall")).toContainText("(Below target)");
  await expect(page.getByTestId("spaced-recall")).toContainText(`1 of ${lesson.count} cards are at the target.`);
  await expect(page.getByRole("heading", { name: `Cards to review (${lesson.count - 1})` })).toBeVisible();

  const teacherResults = `/teach/classes/${spaced.classId}/assignments/${spaced.assignmentId}/results`;
  // The student is refused the teacher's page and its CSV.
  await page.goto(teacherResults);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not available to your account");
  const denied = await page.request.get(`/api/teach/assignments/${spaced.assignmentId}/results.csv`);
  expect(denied.status()).toBe(403);
  expect(await denied.json()).toEqual({ error: { code: "forbidden", message: expect.any(String) } });

  await teacherPage.goto(teacherResults);
  const row = teacherPage.getByTestId("spaced-student").filter({ hasText: "Sofía Spaced" });
  await expect(row).toContainText("Below target");
  await expect(row).toContainText(`1 of ${lesson.count}`);
  await teacherContext.close();
});
