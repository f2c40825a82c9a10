import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatLocaleOf } from "@/lib/domain/i18n/locales";
import type { RecentQuizView } from "@/lib/domain/progress/views";
import { quizScopeText } from "@/components/quiz/quiz-scope-text";

export function RecentQuizzesTable({ quizzes, timeZone }: { quizzes: readonly RecentQuizView[]; timeZone: string }) {
  const t = useTranslations("progress");
  const locale = formatLocaleOf(useLocale());
  const scopeWords = useTranslations("quizScope");
  if (quizzes.length === 0) {
    return (
      <p className="text-sm text-stone-700">
        {t("quizzes_none")}{" "}
        <Link href="/quiz" className="font-medium text-brand-700 underline">
          {t("quizzes_take")}
        </Link>{" "}
        {t("quizzes_toSee")}
      </p>
    );
  }
  const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("quizzes_caption", { count: quizzes.length })}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-800">
            <th scope="col" className="py-2 pr-3 font-semibold">{t("quizzes_date")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("quizzes_quiz")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("quizzes_score")}</th>
            <th scope="col" className="py-2 font-semibold"><span className="sr-only">{t("quizzes_review")}</span></th>
          </tr>
        </thead>
        <tbody>
          {quizzes.map((quiz) => (
            <tr key={quiz.attemptId} className="border-b border-stone-100 align-top">
              <td className="whitespace-nowrap py-2 pr-3 text-stone-700">{date.format(quiz.finishedAt)}</td>
              <td className="py-2 pr-3 text-stone-900">{quizScopeText(scopeWords, quiz.scopeName)}</td>
              <td className="py-2 pr-3 tabular-nums text-stone-900">
                <span className="font-semibold">{new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(quiz.score)}</span>
                <span className="block text-xs text-stone-600">
                  {t("rightOf", { correct: quiz.correctCount, total: quiz.total })}
                </span>
              </td>
              <td className="py-2">
                <Link
                  href={`/quiz/${quiz.attemptId}`}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  aria-label={t("quizzes_reviewLabel", { quiz: quizScopeText(scopeWords, quiz.scopeName), date: date.format(quiz.finishedAt) })}
                >
                  {t("quizzes_review")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
