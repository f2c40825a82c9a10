import type { Page } from "@playwright/test";
import { expect, test, uniqueEmail } from "./fixtures";
import { PASSWORD, signUp } from "./support/learner";
import { createClass } from "./support/teacher";

// Signs up, creates a class and an assignment: several slow pages in a row.
test.describe.configure({ timeout: 180_000 });

type Language = "es" | "ja";

/** What each teacher page says in each language, and English chrome it must no longer show. */
interface PageCheck {
  name: string;
  path: (ids: { classUrl: string; assignmentUrl: string }) => string;
  says: Record<Language, (string | RegExp)[]>;
  notInEnglish: string[];
}

// The due date typed in the teacher's zone (Asia/Tokyo): 9 March 2031, 23:59, a Sunday.
const DUE_AT = "2031-03-09T23:59";
const DUE_TEXT: Record<Language, string> = { es: "dom, 9 mar. 2031, 23:59 (Asia/Tokyo)", ja: "2031年3月9日(日) 23:59 (Asia/Tokyo)" };

const PAGES: PageCheck[] = [
  {
    name: "the teacher's home",
    path: () => "/teach",
    says: {
      es: ["Tus clases", "Nueva clase", "Nombre de la clase", "Clases activas", "1 tarea", "Ver clases archivadas"],
      ja: ["担当クラス", "新しいクラス", "クラス名", "進行中のクラス", "課題1件", "アーカイブしたクラスを表示"],
    },
    notInEnglish: ["Your classes", "New class", "Class name", "Active classes", "assignment", "Show archived classes", "Code:"],
  },
  {
    name: "the class page",
    path: ({ classUrl }) => classUrl,
    says: {
      es: ["Cómo se unen los estudiantes", "Enlace para unirse", "Crear un código nuevo", "Tareas", "Estudiantes (0)", `vence el ${DUE_TEXT.es}`, "Borrador"],
      ja: ["生徒の参加方法", "参加用リンク", "新しいコードを作る", "課題", "生徒（0人）", `締め切り：${DUE_TEXT.ja}`, "下書き"],
    },
    notInEnglish: ["How students join", "Join link", "Make a new code", "Assignments", "Students (0)", "due ", "Draft", "No students yet", "All classes"],
  },
];

async function checkPage(page: Page, check: PageCheck, language: Language, ids: { classUrl: string; assignmentUrl: string }) {
  await page.goto(check.path(ids));
  const main = page.locator("main");
  for (const text of check.says[language]) await expect(main, `${check.name} in ${language}`).toContainText(text);
  // Falling back to English anywhere in the page's own chrome fails here.
  const shown = await main.innerText();
  for (const english of check.notInEnglish) expect(shown, `${check.name} in ${language} still says “${english}”`).not.toContain(english);
}

test("the teacher's pages speak Spanish and Japanese, with due dates in the chosen language and the teacher's zone", async ({ browser, trackUser }) => {
  const context = await browser.newContext({ timezoneId: "Asia/Tokyo" });
  try {
    const page = await context.newPage();
    const baseURL = test.info().project.use.baseURL!;
    await context.addCookies([{ name: "tz", value: "Asia/Tokyo", url: baseURL }]);
    await signUp(page, trackUser(uniqueEmail("teacher-lang")), "Kenji Teacher", "teacher");
    const code = await createClass(page, "Historia 4B");
    expect(code).toMatch(/^[A-Z2-9]{3} [A-Z2-9]{3}$/);
    const classUrl = new URL(page.url()).pathname;
    // A draft with a fixed due date, so every page shows the same instant.
    await page.getByRole("link", { name: "New assignment" }).click();
    await page.getByLabel("Title").fill("Tratado 1873");
    await page.getByLabel("How many questions").fill("2");
    await page.getByLabel("Due", { exact: true }).fill(DUE_AT);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Saved. Check the questions below")).toBeVisible();
    const assignmentUrl = new URL(page.url()).pathname;

    for (const language of ["es", "ja"] as const) {
      await context.addCookies([{ name: "locale", value: language, url: baseURL }]);
      for (const check of PAGES) await checkPage(page, check, language, { classUrl, assignmentUrl });
    }
  } finally {
    await context.close();
  }
});

test("a Japanese browser signs a teacher up in Japanese, and the class buttons' notices come back in Japanese", async ({ browser, trackUser }) => {
  const context = await browser.newContext({ locale: "ja-JP" });
  try {
    const page = await context.newPage();
    await page.goto("/sign-up");
    await page.getByLabel("名前").fill("Aiko Teacher");
    await page.getByLabel("メールアドレス").fill(trackUser(uniqueEmail("teacher-ja")));
    await page.getByLabel("パスワード").fill(PASSWORD);
    await page.getByRole("radio", { name: "教師" }).check();
    await page.getByRole("button", { name: "アカウントを作成" }).click();
    await expect(page).toHaveURL("/teach", { timeout: 60_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("担当クラス");

    // A field problem the server found, in Japanese.
    await page.getByRole("button", { name: "クラスを作成" }).click();
    await expect(page.getByText("クラス名を付けてください。")).toBeVisible();
    await page.getByLabel("クラス名").fill("日本史 2組");
    await page.getByRole("button", { name: "クラスを作成" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "日本史 2組" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "クラスを作成しました。コードかリンクを生徒に共有してください。" })).toBeVisible();
    await page.getByRole("button", { name: "参加受付を停止" }).click();
    await expect(page.getByRole("status").filter({ hasText: "参加を停止しました。コードとリンクでは誰も参加できません。" })).toBeVisible();
    await expect(page.getByText("停止中：コードとリンクでは誰も参加できません。")).toBeVisible();
  } finally {
    await context.close();
  }
});
