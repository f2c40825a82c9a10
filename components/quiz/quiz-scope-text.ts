import type { QuizScopeName } from "@/lib/domain/quiz/quiz-scope";

/** A translator of the "quizScope" messages (useTranslations or getTranslations). */
type ScopeWords = (key: QuizScopeName["key"], values?: { title: string }) => string;

/** A quiz's scope in the interface's language: "Cuestionario variado", "「…」のクイズ"; lesson titles stay as written. */
export function quizScopeText(t: ScopeWords, name: QuizScopeName): string {
  return name.key === "lesson" ? t("lesson", { title: name.title }) : t(name.key);
}
