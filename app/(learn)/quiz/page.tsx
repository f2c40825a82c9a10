import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { quizScopeText } from "@/components/quiz/quiz-scope-text";
import { StartQuizForm } from "@/components/quiz/start-quiz-form";
import { Alert } from "@/components/ui/alert";
import { PageHeading } from "@/components/ui/page-heading";
import { QUESTION_KINDS } from "@/lib/domain/generation/question-types";
import { DEFAULT_QUIZ_COUNT, parseQuizScope } from "@/lib/domain/quiz";
import { requireUser } from "@/lib/server/auth/session";
import { findUnfinishedAttempt } from "@/lib/server/services/quiz/get-attempt";
import { describeQuizScope, listQuizScopeOptions } from "@/lib/server/services/quiz/quiz-scopes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("layout"))("nav.quiz") };
}

export default async function QuizStartPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { scope: scopeParam } = await searchParams;
  const requestedScope = typeof scopeParam === "string" && parseQuizScope(scopeParam) ? scopeParam : "mixed";
  const user = await requireUser(`/quiz${requestedScope === "mixed" ? "" : `?scope=${encodeURIComponent(requestedScope)}`}`);
  const [choices, unfinished, t, scopeWords] = await Promise.all([
    listQuizScopeOptions(user.id),
    findUnfinishedAttempt(user.id),
    getTranslations("quiz"),
    getTranslations("quizScope"),
  ]);
  const scopes = choices.map((choice) => ({
    value: choice.value,
    label:
      choice.lessonTitle !== null
        ? scopeWords("optionLesson", { title: choice.lessonTitle })
        : choice.value === "timeline"
          ? scopeWords("optionTimeline")
          : scopeWords("optionMixed"),
  }));
  // A lesson linked from elsewhere but not (yet) offered keeps mixed as the choice rather than an invalid one.
  const scope = scopes.some((option) => option.value === requestedScope) ? requestedScope : "mixed";
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} lead={t("lead")} />
      {unfinished ? (
        <Alert tone="info">
          {t("unfinished", { scope: quizScopeText(scopeWords, await describeQuizScope(unfinished.scope)), answered: unfinished.answeredCount, total: unfinished.total })}{" "}
          <Link href={`/quiz/${unfinished.id}`} className="font-semibold underline">
            {t("resume")}
          </Link>
        </Alert>
      ) : null}
      <StartQuizForm
        scopes={scopes}
        kinds={QUESTION_KINDS.map((kind) => ({ kind, label: t(`kindLabels.${kind}`) }))}
        defaults={{ scope, count: DEFAULT_QUIZ_COUNT, kinds: [...QUESTION_KINDS] }}
      />
    </div>
  );
}
