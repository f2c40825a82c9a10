import { readFile } from "node:fs/promises";
import { expect, test, uniqueEmail } from "./fixtures";
import { signUp, waitUntilReady } from "./support/learner";
import { lessonWithFewQuestions, makeTeacher, seedSpacedAssignment, seedSubmittedQuiz, userIdOf } from "./support/results-class";

const tag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

test("a teacher sees late work, question statistics and the heatmap, and downloads the CSV; a student is kept out", async ({ page, browser, trackUser }) => {
  const teacherEmail = trackUser(uniqueEmail("teacher"));
  await signUp(page, teacherEmail, "Teacher Tanaka");
  const teacherId = await makeTeacher(teacherEmail);
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
  expect(lines.filter((l) => l.includes(",Ben Sato,")).map((l) => l.split(",")[11])).toEqual(["no", "yes", "yes"]);

  // A student (signed in) is refused the teacher's page and the file.
  const other = await browser.newContext();
  const studentPage = await other.newPage();
  await signUp(studentPage, trackUser(uniqueEmail("nosy")), "Nosy Student");
  await studentPage.goto(href);
  await expect(studentPage.getByRole("heading", { level: 1 })).toHaveText("Not available to your account");
  const denied = await studentPage.request.get(`/api/teach/assignments/${quiz.assignmentId}/results.csv`);
  expect(denied.status()).toBe(403);
  expect(await denied.json()).toEqual({ error: { code: "forbidden", message: expect.any(String) } });
  await other.close();
});

test("a spaced assignment shows the student's predicted recall and the cards to review, and the teacher sees it per student", async ({ page, browser, trackUser }) => {
  const studentEmail = trackUser(uniqueEmail("spaced"));
  await signUp(page, studentEmail, "Sofía Spaced");
  const studentId = await userIdOf(studentEmail);
  const teacherContext = await browser.newContext();
  const teacherPage = await teacherContext.newPage();
  const teacherEmail = trackUser(uniqueEmail("spaced-teacher"));
  await signUp(teacherPage, teacherEmail, "Teacher Spaced");
  const teacherId = await makeTeacher(teacherEmail);
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

  await teacherPage.goto(`/teach/classes/${spaced.classId}/assignments/${spaced.assignmentId}/results`);
  const row = teacherPage.getByTestId("spaced-student").filter({ hasText: "Sofía Spaced" });
  await expect(row).toContainText("Below target");
  await expect(row).toContainText(`1 of ${lesson.count}`);
  await teacherContext.close();
});
