import type { Page } from "@playwright/test";
import { expect, test, uniqueEmail } from "./fixtures";
import { PASSWORD, signUp } from "./support/learner";
import { LIBRARY_DOCUMENT_TEXT } from "../tests/support/library-document";
import { createClass, publishTrueFalseAssignment } from "./support/teacher";

// Signs up, creates a class and an assignment: several slow pages in a row.
test.describe.configure({ timeout: 180_000 });

type Language = "es" | "ja";
type Ids = { classUrl: string; assignmentUrl: string; resultsUrl: string };

/** What each teacher page says in each language, and English chrome it must no longer show. */
interface PageCheck {
  name: string;
  path: (ids: Ids) => string;
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
      es: ["Tus clases", "Nueva clase", "Nombre de la clase", "Clases activas", "1 estudiante · 1 tarea", "Ver clases archivadas"],
      ja: ["担当クラス", "新しいクラス", "クラス名", "進行中のクラス", "生徒1人 · 課題1件", "アーカイブしたクラスを表示"],
    },
    notInEnglish: ["Your classes", "New class", "Class name", "Active classes", "assignment", "student", "Show archived classes", "Code:"],
  },
  {
    name: "the class page",
    path: ({ classUrl }) => classUrl,
    says: {
      es: ["Cómo se unen los estudiantes", "Enlace para unirse", "Crear un código nuevo", "Tareas", "Estudiantes (1)", "0 de 1 entregaron", `vence el ${DUE_TEXT.es}`, "Retirar"],
      ja: ["生徒の参加方法", "参加用リンク", "新しいコードを作る", "課題", "生徒（1人）", "1人中0人が提出", `締め切り：${DUE_TEXT.ja}`, "外す"],
    },
    notInEnglish: ["How students join", "Join link", "Make a new code", "Assignments", "Students (", "submitted", "due ", "Remove", "All classes"],
  },
  {
    name: "the new assignment form",
    path: ({ classUrl }) => `${classUrl}/assignments/new`,
    says: {
      es: ["Nueva tarea", "Cuántas preguntas", "Tipos de pregunta", "Verdadero o falso", "Fechas (Asia/Tokyo)", "Qué intento cuenta", "La nota más alta", "Guardar borrador"],
      ja: ["新しい課題", "問題数", "問題の種類", "正誤", "日時（Asia/Tokyo）", "採点に使う解答", "最高得点", "下書きを保存"],
    },
    notInEnglish: ["New assignment", "How many questions", "Kinds of question", "True or false", "Dates (", "Which attempt counts", "The highest score", "Save draft"],
  },
  {
    name: "the assignment page",
    path: ({ assignmentUrl }) => assignmentUrl,
    says: {
      es: ["Publicado.", "Resultados y estadísticas", "Reglas", "Vence", DUE_TEXT.es, "Sin entregas tardías", "Estudiantes (1)", "Sin empezar", "Nota: —", "Adaptaciones para Rosa Estudiante", "Preguntas (2)", "Respuesta:"],
      ja: ["公開済み。", "結果と統計", "設定", "締め切り", DUE_TEXT.ja, "期限後の提出なし", "生徒（1人）", "未着手", "得点：—", "Rosa Estudianteさんの個別設定", "問題（2問）", "答え："],
    },
    // Question prompts and quotes stay English (content), so only chrome phrases no lesson uses are listed.
    notInEnglish: ["Results and statistics", "Late work until", "No late work", "Not started", "Score: ", "Accommodations for", "Questions (", "Answer: "],
  },
  {
    name: "the results page",
    path: ({ resultsUrl }) => resultsUrl,
    says: {
      es: ["Resultados: Tratado 1873", "1 estudiante · 2 preguntas", "Descargar CSV: una fila por estudiante", "Estudiantes × preguntas", "La facilidad es", "Facilidad", "Respuesta incorrecta más elegida", "Sin empezar", "9 mar., 11:59 p. m."],
      ja: ["結果：Tratado 1873", "生徒1人 · 2問", "CSVをダウンロード：生徒ごとに1行", "生徒×問題", "正答率は", "識別力", "最も多い誤答", "未着手", "3月9日 23:59"],
    },
    notInEnglish: ["Results:", "Download CSV", "Students × questions", "Facility is", "Most-chosen wrong answer", "Not started", "Time spent"],
  },
  {
    name: "the class progress page",
    path: ({ classUrl }) => `${classUrl}/progress`,
    says: {
      es: ["Progreso: Historia 4B", "El dominio por lección", "Estudio últimos 7 días", "Última actividad", "Sin estudiar", "Nunca"],
      ja: ["進捗：Historia 4B", "レッスンごとの習熟度", "直近7日間の学習", "最終学習日時", "未学習", "なし"],
    },
    notInEnglish: ["Progress:", "Mastery per lesson", "Last 7 days", "Last active", "Not studied", "Never", "Falling behind?"],
  },
];

async function checkPage(page: Page, check: PageCheck, language: Language, ids: Ids) {
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
    // A student in the class, so the roster, results, heatmap and progress tables have a row.
    const student = await browser.newContext();
    try {
      const studentPage = await student.newPage();
      await signUp(studentPage, trackUser(uniqueEmail("student-lang")), "Rosa Estudiante");
      await studentPage.goto(`/join/${code.replace(" ", "")}`);
      await studentPage.getByRole("button", { name: "Join Historia 4B" }).click();
      await expect(studentPage.getByText("You joined the class.")).toBeVisible();
    } finally {
      await student.close();
    }
    await page.goto(classUrl);
    // Published with a fixed due date, so every page shows the same instant.
    const assignmentUrl = new URL(await publishTrueFalseAssignment(page, { title: "Tratado 1873", count: 2, dueAt: DUE_AT })).pathname;
    const resultsUrl = new URL((await page.getByRole("link", { name: "Results and statistics" }).getAttribute("href"))!, page.url()).pathname;

    for (const language of ["es", "ja"] as const) {
      await context.addCookies([{ name: "locale", value: language, url: baseURL }]);
      for (const check of PAGES) await checkPage(page, check, language, { classUrl, assignmentUrl, resultsUrl });
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

test("the content library speaks Spanish and Japanese: list, the add form, and a document's review page", async ({ browser, trackUser }) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const baseURL = test.info().project.use.baseURL!;
    await signUp(page, trackUser(uniqueEmail("teacher-library")), "Lena Library", "teacher");
    await context.addCookies([{ name: "locale", value: "es", url: baseURL }]);
    await page.goto("/teach/library");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tu biblioteca");
    await expect(page.locator("main")).toContainText("Aún no hay documentos: añade tu primera lectura arriba.");
    await expect(page.locator("main")).toContainText("No hay reportes abiertos.");
    await page.getByRole("link", { name: "Añadir un documento" }).click();
    await page.getByLabel("Título").fill("Notas de clase 1873");
    await page.getByLabel("Tipo").selectOption({ label: "Documento" });
    await page.getByLabel("Editorial o fuente (opcional)").fill("Class notes");
    await page.getByLabel("Texto", { exact: true }).fill(LIBRARY_DOCUMENT_TEXT);
    await page.getByRole("button", { name: "Añadir documento" }).click();
    await expect(page.getByText("Documento añadido. Revisa sus preguntas")).toBeVisible({ timeout: 30_000 });
    const reviewPath = new URL(page.url()).pathname;
    const main = page.locator("main");
    for (const text of ["Editar documento", "Abrir como lección", "Publicar", "Crea una", "Respuesta", "Fuente", "La lección", "Ocultar"]) await expect(main).toContainText(text);
    await expect(main).toContainText(/Preguntas: \d+ visibles/);
    const shown = await main.innerText();
    for (const english of ["Edit document", "Open as a lesson", "The lesson", "Questions:", "Source", "You have no active class"]) expect(shown).not.toContain(english);

    await context.addCookies([{ name: "locale", value: "ja", url: baseURL }]);
    await page.goto(reviewPath);
    for (const text of ["資料を編集", "レッスンとして開く", "公開", "出典", "レッスン"]) await expect(main).toContainText(text);
    await expect(main).toContainText(/問題：表示中\d+問/);
    await page.goto("/teach/library");
    await expect(main).toContainText("Notas de clase 1873");
    await expect(main).toContainText(/資料 · \d+問/);
    await expect(main).toContainText("未公開：あなただけが見られます");
  } finally {
    await context.close();
  }
});
