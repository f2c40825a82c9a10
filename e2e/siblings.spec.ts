import { createClient } from "@libsql/client";
import { siblingKeys, type SiblingSource } from "@/lib/domain/generation/sibling-keys";
import { lessonScope } from "@/lib/domain/quiz/quiz-scope";
import { e2eDatabaseUrl } from "../scripts/e2e/e2e-database";
import { expect, test, uniqueEmail } from "./fixtures";
import { answer, currentQuestionId, signUp, waitUntilReady } from "./support/learner";

// Siblings are questions sharing a dated fact or a source sentence (lib/domain/generation/sibling-keys): seeing
// one gives the others away. The test reads each shown card's and question's keys from the e2e database by the
// id on the page, and checks that no two things shown share one.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const CARDS_TO_STUDY = 8;

type Shown = { questionId: string; documentId: string; keys: string[] };

async function query(sql: string, args: string[]): Promise<Record<string, unknown>[]> {
  const db = createClient({ url: e2eDatabaseUrl() });
  try {
    return (await db.execute({ sql, args })).rows as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

function shownOf(row: Record<string, unknown> | undefined): Shown {
  const payload = JSON.parse(String(row?.payloadJson)) as SiblingSource & { id: string; source: { documentId: string } };
  return { questionId: payload.id, documentId: payload.source.documentId, keys: siblingKeys(payload) };
}

const shownCard = async (cardId: string) =>
  shownOf((await query(`SELECT q.payloadJson FROM "Card" c JOIN "Question" q ON q.id = c.questionId WHERE c.id = ?`, [cardId]))[0]);
const shownQuestion = async (questionId: string) => shownOf((await query(`SELECT payloadJson FROM "Question" WHERE id = ?`, [questionId]))[0]);

/** Every key asked by more than one of `shown`, with the questions that share it (empty when none do). */
function sharedKeys(shown: readonly Shown[]): string[] {
  const byKey = new Map<string, string[]>();
  for (const item of shown) for (const key of item.keys) byKey.set(key, [...(byKey.get(key) ?? []), item.questionId]);
  return [...byKey].filter(([, ids]) => ids.length > 1).map(([key, ids]) => `${key}: ${ids.join(", ")}`);
}

/** How many of the lesson's live questions have a sibling in it: with none, no burial could be seen. */
async function questionsWithSiblings(documentId: string): Promise<{ total: number; withSibling: number }> {
  const rows = await query(`SELECT payloadJson FROM "Question" WHERE documentId = ? AND retiredAt IS NULL AND hiddenAt IS NULL`, [documentId]);
  const bank = rows.map((row) => shownOf(row));
  const count = new Map<string, number>();
  for (const item of bank) for (const key of item.keys) count.set(key, (count.get(key) ?? 0) + 1);
  return { total: bank.length, withSibling: bank.filter((item) => item.keys.some((key) => (count.get(key) ?? 0) > 1)).length };
}

test("a new learner's first cards and first quiz never show two siblings: one fact, one card or question", async ({ page, trackUser }) => {
  test.setTimeout(240_000);
  await signUp(page, trackUser(uniqueEmail("siblings")), "Sol Siblings");

  await page.goto("/study");
  await waitUntilReady(page, "study-session");
  const studied: Shown[] = [];
  const flashcard = page.getByTestId("flashcard");
  for (let i = 0; i < CARDS_TO_STUDY; i++) {
    const cardId = (await flashcard.getAttribute("data-card-id")) as string;
    studied.push(await shownCard(cardId));
    await page.getByRole("button", { name: "Show answer" }).click();
    // Good puts a new card ten minutes out, so nothing comes back while the test runs.
    await page.getByRole("button", { name: /\bGood\b/ }).click();
    await expect(flashcard).not.toHaveAttribute("data-card-id", cardId);
  }
  expect(new Set(studied.map((card) => card.questionId)).size).toBe(CARDS_TO_STUDY);
  // The first lesson has siblings of the cards shown, so showing none of them is the burial at work.
  const firstLesson = studied[0]!.documentId;
  const bank = await questionsWithSiblings(firstLesson);
  expect(bank.withSibling, `questions with a sibling in ${firstLesson}`).toBeGreaterThan(1);
  expect(sharedKeys(studied)).toEqual([]);

  // A quiz on that lesson: ten requested, fewer drawn when the lesson has fewer than ten sibling-free questions.
  await page.goto(`/quiz?scope=${encodeURIComponent(lessonScope(firstLesson))}`);
  await page.getByRole("radio", { name: "10", exact: true }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByTestId("quiz-progress")).toHaveText(/^Question 1 of \d+$/);
  const total = Number((await page.getByTestId("quiz-progress").textContent())!.match(/of (\d+)/)![1]);
  expect(bank.total, "the lesson holds more questions than the quiz drew").toBeGreaterThan(total);
  const asked: Shown[] = [];
  for (let position = 1; position <= total; position++) {
    await expect(page.getByTestId("quiz-progress")).toHaveText(`Question ${position} of ${total}`);
    const question = await shownQuestion(await currentQuestionId(page));
    expect(question.documentId).toBe(firstLesson);
    asked.push(question);
    await answer(page, "wrong");
    await page.getByRole("link", { name: position < total ? "Next question" : "See your results" }).click();
  }
  await expect(page.getByTestId("quiz-score")).toBeVisible();
  expect(new Set(asked.map((q) => q.questionId)).size).toBe(total);
  expect(sharedKeys(asked)).toEqual([]);
});
