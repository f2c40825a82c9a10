import { expect, test, uniqueEmail } from "./fixtures";
import type { Page } from "@playwright/test";
import { PASSWORD, bankQuestion, currentQuestionId, waitUntilReady } from "./support/learner";
import { lessonWithFewQuestions, seedSpacedAssignment, userIdOf } from "./support/results-class";

const LANGUAGES = [
  {
    locale: "es-PE",
    lang: "es",
    signUp: { name: "Nombre", email: "Correo electrónico", password: "Contraseña", submit: "Crear cuenta" },
    today: "Hoy",
    showAnswer: "Mostrar respuesta",
    quizTitle: "Ponte a prueba",
    startQuiz: "Empezar cuestionario",
    progress: "Pregunta 1 de 5",
    nav: "Tarjetas",
    shortPassword: "Usa al menos 10 caracteres.",
    lessons: "Lecciones",
    pressRelease: "Comunicado de prensa",
    summitDate: "10 de noviembre de 2014",
    timeline: "Cronología",
    firstEra: "Primeros contactos y migración (antes de 1941)",
    settings: "Ajustes de estudio",
    saveSettings: "Guardar ajustes",
    week: "0 de 4 días esta semana",
    progressTitle: "Tu progreso",
    timezoneId: "America/Lima",
    again: "Otra vez",
    // A new card: Good schedules minutes, Easy days (or months), in Spanish words.
    goodInterval: /^\d+ min$/,
    errorPages: { notFound: "Página no encontrada", forbidden: "No disponible para tu cuenta", notSaved: "No se guardó", home: "Ir a la página de inicio" },
    easyInterval: /^\d+ (días?|mes(es)?)$/,
    chronology: "Ordena los hechos",
    quiz: { yourAnswer: "Tu respuesta", check: "Comprobar respuesta", correct: "Correcto", next: "Siguiente pregunta", results: "Ver tus resultados" },
    // Monday first, as Intl writes them for es-PE; the strip says "Hoy" for today.
    weekdays: ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    weekdaysLong: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    studiedWeek: "1 de 4 días esta semana",
    studiedOn: (weekday: string) => `Estudiaste el ${weekday}; la meta es 4 días cualesquiera. Hoy es ${weekday}.`,
    accuracy: "Esta semana: 83% de aciertos (5 de 6)",
    quizRow: "5 de 5 correctas",
    dueToday: /^Pendientes hoy: \d+$/,
    assignedOpen: "Abierto · entrega: ",
    mixedOption: "Variado: todas las lecciones",
    mixedQuiz: "Cuestionario variado",
    classes: "Tus clases",
    // The seeded class's teacher is the learner's own account, Lena.
    classTeacher: "Docente: Lena",
    leaveClass: /^Salir de Spaced /,
    quizDate: (y: number, m: number, d: number) => `${d} ${"ene. feb. mar. abr. may. jun. jul. ago. set. oct. nov. dic.".split(" ")[m - 1]} ${y}`,
  },
  {
    locale: "ja-JP",
    lang: "ja",
    signUp: { name: "名前", email: "メールアドレス", password: "パスワード", submit: "アカウントを作成" },
    today: "今日",
    showAnswer: "答えを見る",
    quizTitle: "クイズに挑戦",
    startQuiz: "クイズを始める",
    progress: "第1問（全5問）",
    nav: "単語カード",
    shortPassword: "10文字以上にしてください。",
    lessons: "レッスン",
    pressRelease: "プレスリリース",
    summitDate: "2014年11月10日",
    timeline: "年表",
    firstEra: "初期の交流と移民（1941年以前）",
    settings: "学習設定",
    saveSettings: "設定を保存",
    week: "今週 0/4日",
    progressTitle: "あなたの進み具合",
    timezoneId: "Asia/Tokyo",
    again: "もう一度",
    goodInterval: /^\d+分$/,
    errorPages: { notFound: "ページが見つかりません", forbidden: "このアカウントでは利用できません", notSaved: "保存されませんでした", home: "ホームへ戻る" },
    easyInterval: /^\d+(日|か月)$/,
    chronology: "出来事を並べ替える",
    quiz: { yourAnswer: "あなたの答え", check: "答え合わせ", correct: "正解", next: "次の問題", results: "結果を見る" },
    weekdays: ["月", "火", "水", "木", "金", "土", "日"],
    weekdaysLong: ["月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"],
    studiedWeek: "今週 1/4日",
    studiedOn: (weekday: string) => `学習した日: ${weekday}。目標はどの日でも4日です。今日は${weekday}です。`,
    accuracy: "今週: 正答率83%（6問中5問）",
    quizRow: "5問中5問正解",
    dueToday: /^今日の復習: \d+枚$/,
    assignedOpen: "受付中 · 期限: ",
    mixedOption: "ミックス：すべてのレッスン",
    mixedQuiz: "ミックスクイズ",
    classes: "あなたのクラス",
    classTeacher: "先生: Lena",
    leaveClass: /^Spaced .+から退出$/,
    quizDate: (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
  },
] as const;

type Language = (typeof LANGUAGES)[number];

/** Today's calendar date and weekday (0 = Monday) where the learner lives. */
function todayIn(timeZone: string, at = new Date()): { year: number; month: number; day: number; weekday: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric", weekday: "short" })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(String(parts.weekday)),
  };
}

/** The week strip's seven labels, Monday first: the locale's short day names, "today" in its place. */
function expectedWeekLabels(language: Language, weekday: number): string[] {
  return language.weekdays.map((name, i) => (i === weekday ? language.today : name));
}

/** Answers every question of the quiz on screen rightly, in the interface's words (no ordering questions). */
async function answerAllRight(page: Page, language: Language, total: number): Promise<void> {
  for (let position = 1; position <= total; position++) {
    const question = await bankQuestion(await currentQuestionId(page));
    const expected = question.answer as string;
    if (question.choices && question.choices.length > 0) await page.getByRole("radio", { name: expected, exact: true }).check();
    else await page.getByLabel(language.quiz.yourAnswer).fill(expected);
    await page.getByRole("button", { name: language.quiz.check }).click();
    await expect(page.getByTestId("answer-feedback").getByRole("heading", { level: 2 })).toHaveText(language.quiz.correct);
    await page.getByRole("link", { name: position < total ? language.quiz.next : language.quiz.results }).click();
  }
}

for (const language of LANGUAGES) {
  test.describe(`in ${language.lang}`, () => {
    test.use({ locale: language.locale, timezoneId: language.timezoneId });

    test(`the browser's language (${language.locale}) sets the interface for home, study and quiz; the content stays in its own language`, async ({
      page,
      trackUser,
    }) => {
      test.setTimeout(180_000);
      await page.goto("/sign-up");
      await expect(page.locator("html")).toHaveAttribute("lang", language.lang);
      await page.getByLabel(language.signUp.name).fill("Lena");
      const email = trackUser(uniqueEmail(`lang-${language.lang}`));
      await page.getByLabel(language.signUp.email).fill(email);
      // The server's words about a field come back in the interface's language.
      await page.getByLabel(language.signUp.password).fill("short");
      await page.getByRole("button", { name: language.signUp.submit }).click();
      await expect(page.getByText(language.shortPassword)).toBeVisible();
      await page.getByLabel(language.signUp.password).fill(PASSWORD);
      await page.getByRole("button", { name: language.signUp.submit }).click();
      await expect(page).toHaveURL("/", { timeout: 60_000 });
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.today);
      await expect(page.getByRole("navigation").getByRole("link", { name: language.nav })).toBeVisible();
      await expect(page.getByTestId("today-week")).toContainText(language.week);
      // Work set by a class (due in a week) is listed first, its window and due time in the language.
      const learnerId = await userIdOf(email);
      await seedSpacedAssignment(learnerId, learnerId, (await lessonWithFewQuestions()).id, `lang${language.lang}${Date.now().toString(36)}`);
      const due = todayIn(language.timezoneId, new Date(Date.now() + 7 * 86_400_000));
      await page.reload();
      const assigned = page.getByTestId("today-assigned");
      await expect(assigned).toContainText(language.assignedOpen);
      await expect(assigned).toContainText(language.quizDate(due.year, due.month, due.day));

      await page.goto("/study");
      await waitUntilReady(page, "study-session");
      await page.getByRole("button", { name: language.showAnswer }).click();
      // Lesson content is English whatever the interface: the quote on the back is the source sentence.
      await expect(page.getByTestId("card-back").locator("blockquote").first()).toHaveText(/[A-Za-z]{3,}/);
      // The interval under each rating button is worded in the language, not "10 min" / "9 d".
      await expect(page.getByTestId("rating-interval-good")).toHaveText(language.goodInterval);
      await expect(page.getByTestId("rating-interval-easy")).toHaveText(language.easyInterval);
      // A miss, so the accuracy below is not a round 100%.
      await page.getByRole("button", { name: new RegExp(language.again) }).click();
      await expect(page.getByRole("button", { name: language.showAnswer })).toBeVisible();

      await page.goto("/quiz");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.quizTitle);
      await expect(page.locator("#quiz-scope option:checked")).toHaveText(language.mixedOption);
      await page.getByRole("radio", { name: "5", exact: true }).check();
      await page.getByRole("checkbox", { name: language.chronology }).uncheck();
      await page.getByRole("button", { name: language.startQuiz }).click();
      await expect(page.getByTestId("quiz-progress")).toHaveText(language.progress);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.mixedQuiz);
      await expect(page.getByTestId("question-prompt")).toHaveText(/[A-Za-z]{3,}/);
      await answerAllRight(page, language, 5);

      // The week strip on the home and the progress page: day names, dates and percentages in the locale.
      const today = todayIn(language.timezoneId);
      const weekday = language.weekdaysLong[today.weekday] as string;
      await page.goto("/");
      const homeWeek = page.getByTestId("today-week");
      await expect(homeWeek).toContainText(language.studiedWeek);
      await expect(homeWeek.locator("svg text")).toHaveText(expectedWeekLabels(language, today.weekday));
      await expect(homeWeek.locator("desc")).toHaveText(language.studiedOn(weekday));

      // The reading pages' chrome and dates follow the language; titles and events stay as written.
      await page.goto("/lessons");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.lessons);
      const summit = page.getByRole("listitem").filter({ hasText: "Japan-Peru Summit Meeting" });
      await expect(summit).toContainText(language.pressRelease);
      await expect(summit).toContainText(language.summitDate);
      await page.goto("/timeline");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.timeline);
      await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(language.firstEra);
      await expect(page.getByText("Peru declared its independence from Spain")).toBeVisible();
      await page.goto("/settings");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.settings);
      await expect(page.getByRole("button", { name: language.saveSettings })).toBeVisible();
      await page.goto("/classes");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.classes);
      await expect(page.getByText(language.classTeacher)).toBeVisible();
      await expect(page.getByRole("button", { name: language.leaveClass })).toBeVisible();
      // The error pages speak the language too: a missing page, a teacher's page, a form that was not saved.
      expect((await page.goto("/lessons/no-such-lesson"))?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.errorPages.notFound);
      await expect(page.getByRole("link", { name: language.errorPages.home })).toBeVisible();
      expect((await page.goto("/teach"))?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.errorPages.forbidden);
      await page.goto("/not-saved?reason=database");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.errorPages.notSaved);
      await expect(page).toHaveTitle(new RegExp(`^${language.errorPages.notSaved}`));
      await page.goto("/progress");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.progressTitle);
      await expect(page.getByText(language.timezoneId)).toBeVisible();
      await expect(page.getByText(language.dueToday)).toBeVisible();
      await expect(page.getByTestId("accuracy-summary")).toHaveText(language.accuracy);
      await expect(page.getByTestId("study-days-summary")).toHaveText(language.studiedWeek);
      await expect(page.locator("section[aria-labelledby=study-days-heading] svg text")).toHaveText(expectedWeekLabels(language, today.weekday));
      await expect(page.locator("section[aria-labelledby=study-days-heading] desc")).toHaveText(language.studiedOn(weekday));
      const quizRow = page.locator("section[aria-labelledby=recent-quizzes-heading] tbody tr");
      await expect(quizRow).toHaveCount(1);
      await expect(quizRow.locator("td").first()).toHaveText(language.quizDate(today.year, today.month, today.day));
      await expect(quizRow.locator("td").nth(1)).toHaveText(language.mixedQuiz);
      await expect(quizRow.locator("td").nth(2)).toHaveText(`100%${language.quizRow}`);
    });
  });
}

test.describe("the language switch", () => {
  test.use({ locale: "en-US" });

  test("is remembered over the browser's language, and Japanese text renders in the shipped font", async ({ page }) => {
    await page.goto("/lessons");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "日本語" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("navigation").getByRole("link", { name: "レッスン" })).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("link", { name: "レッスンを見る" })).toBeVisible();
    // No CJK font needs to be installed: the page's own Noto Sans JP draws the Japanese.
    const rendered = await page.evaluate(async () => {
      await document.fonts.ready;
      const text = document.body.innerText;
      // Every weight the page uses, for every glyph on it (the font comes in unicode-range slices).
      await Promise.all(["400", "700"].map((weight) => document.fonts.load(`${weight} 16px "Noto Sans JP"`, text)));
      return ["400", "700"].every((weight) => document.fonts.check(`${weight} 16px "Noto Sans JP"`, text));
    });
    expect(rendered).toBe(true);
    await page.screenshot({ path: test.info().outputPath("japanese-home.png") });

    await page.getByRole("button", { name: "Español" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Ver lecciones" })).toBeVisible();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("link", { name: "Browse lessons" })).toBeVisible();
  });
});
