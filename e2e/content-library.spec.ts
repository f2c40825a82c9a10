import { createClient } from "@libsql/client";
import { e2eDatabaseUrl } from "../scripts/e2e/e2e-database";
import { LIBRARY_DOCUMENT_TEXT } from "../tests/support/library-document";
import { signUp, waitUntilReady } from "./support/learner";
import { createClass, withTwoPeople } from "./support/teacher";
import { expect, test, uniqueEmail } from "./fixtures";

// Two people, each signing up and working through several pages.
test.describe.configure({ timeout: 240_000 });

const TITLE = "The Meiji embassy to Lima";

/** The prompt of the question behind a flashcard, read from the e2e database. */
async function promptOfCard(cardId: string): Promise<string> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    const result = await db.execute({
      sql: `SELECT q.payloadJson FROM "Card" c JOIN "Question" q ON q.id = c.questionId WHERE c.id = ?`,
      args: [cardId],
    });
    return (JSON.parse(String(result.rows[0]?.payloadJson)) as { prompt: string }).prompt;
  } finally {
    db.close();
  }
}

test("a teacher adds a document, hides a question and publishes it to a class; a student studies it and reports a question; the teacher sees the report", async ({
  browser,
  trackUser,
}) => {
  await withTwoPeople(browser, async (teacher, student) => {
    await signUp(teacher, trackUser(uniqueEmail("library-teacher")), "Tanaka Teacher", "teacher");
    const code = await createClass(teacher, "Library class");
    await signUp(student, trackUser(uniqueEmail("library-student")), "Rosa Student", "student");
    await student.goto("/classes");
    await student.getByLabel("Class code").fill(code);
    await student.getByRole("button", { name: "Join class" }).click();
    await expect(student.getByText("You joined the class.")).toBeVisible();

    await teacher.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
    await teacher.getByRole("link", { name: "Add a document" }).click();
    await teacher.getByLabel("Title").fill(TITLE);
    await teacher.getByLabel("Kind").selectOption("other");
    await teacher.getByLabel("Publisher (optional)").fill("Class notes");
    // Empty text: a field message, nothing written.
    await teacher.getByRole("button", { name: "Add document" }).click();
    await expect(teacher.getByText("The document is empty: paste its text or choose a file.")).toBeVisible();
    await expect(teacher.getByLabel("Title")).toHaveValue(TITLE);
    await teacher.getByLabel("Text", { exact: true }).fill(LIBRARY_DOCUMENT_TEXT);
    await teacher.getByRole("button", { name: "Add document" }).click();
    await expect(teacher.getByText("Document added.")).toBeVisible({ timeout: 30_000 });
    await expect(teacher.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    const documentId = new URL(teacher.url()).pathname.split("/").pop() as string;

    // Every question with its source sentence; hide the first.
    const questions = teacher.getByTestId("review-question");
    const total = await questions.count();
    expect(total).toBeGreaterThan(3);
    await expect(questions.first()).toContainText("Source");
    const hiddenPrompt = (await questions.first().locator("p").first().textContent())!.trim();
    await questions.first().getByRole("button", { name: /^Hide/ }).click();
    await expect(teacher.getByText("Question hidden: no learner will be shown it again.")).toBeVisible();
    await expect(teacher.locator('[data-testid="review-question"][data-hidden="true"]')).toHaveCount(1);
    await expect(teacher.getByRole("heading", { name: `Questions: ${total - 1} shown, 1 hidden` })).toBeVisible();

    // Not published yet: the student does not see it.
    await student.goto("/lessons");
    await expect(student.getByRole("heading", { level: 1, name: "Lessons" })).toBeVisible();
    await expect(student.getByText(TITLE)).toHaveCount(0);

    await teacher.getByRole("checkbox", { name: "Library class" }).check();
    await teacher.getByRole("button", { name: "Save publishing" }).click();
    await expect(teacher.getByText("Published: students in the ticked classes can see it now.")).toBeVisible();

    await student.reload();
    await expect(student.getByRole("link", { name: new RegExp(TITLE) })).toBeVisible();
    await student.goto(`/study?lesson=${documentId}`);
    await waitUntilReady(student, "study-session");
    const card = student.getByTestId("flashcard");
    const cardId = (await card.getAttribute("data-card-id"))!;
    const prompt = await promptOfCard(cardId);
    expect(prompt).not.toBe(hiddenPrompt);
    await student.getByRole("button", { name: /^Show answer/ }).click();
    await expect(student.getByTestId("card-back")).toBeVisible();
    await student.getByText("Report a problem with this question").click();
    await student.getByRole("radio", { name: "Unclear" }).check();
    await student.getByLabel("Comment (optional)").fill("Which legation is meant?");
    await student.getByRole("button", { name: "Send report" }).click();
    await expect(student.getByTestId("report-sent")).toBeVisible();

    await teacher.goto("/teach/library");
    const report = teacher.getByTestId("queued-report").filter({ hasText: "Which legation is meant?" });
    await expect(report).toContainText("Unclear");
    await expect(report).toContainText("Rosa Student");
    await expect(report).toContainText(prompt);
    await expect(report.getByRole("link", { name: TITLE })).toBeVisible();
  });
});
