import { expect, test, uniqueEmail } from "./fixtures";
import { PASSWORD, waitUntilReady } from "./support/learner";

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
  },
] as const;

for (const language of LANGUAGES) {
  test.describe(`in ${language.lang}`, () => {
    test.use({ locale: language.locale });

    test(`the browser's language (${language.locale}) sets the interface for home, study and quiz; the content stays in its own language`, async ({
      page,
      trackUser,
    }) => {
      await page.goto("/sign-up");
      await expect(page.locator("html")).toHaveAttribute("lang", language.lang);
      await page.getByLabel(language.signUp.name).fill("Lena");
      await page.getByLabel(language.signUp.email).fill(trackUser(uniqueEmail(`lang-${language.lang}`)));
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

      await page.goto("/study");
      await waitUntilReady(page, "study-session");
      await page.getByRole("button", { name: language.showAnswer }).click();
      // Lesson content is English whatever the interface: the quote on the back is the source sentence.
      await expect(page.getByTestId("card-back").locator("blockquote").first()).toHaveText(/[A-Za-z]{3,}/);

      await page.goto("/quiz");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.quizTitle);
      await page.getByRole("radio", { name: "5", exact: true }).check();
      await page.getByRole("button", { name: language.startQuiz }).click();
      await expect(page.getByTestId("quiz-progress")).toHaveText(language.progress);
      await expect(page.getByTestId("question-prompt")).toHaveText(/[A-Za-z]{3,}/);

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
      await page.goto("/progress");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.progressTitle);
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
