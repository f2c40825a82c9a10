import type { Metadata } from "next";
import Link from "next/link";
import { StartQuizForm } from "@/components/quiz/start-quiz-form";
import { Alert } from "@/components/ui/alert";
import { PageHeading } from "@/components/ui/page-heading";
import { QUESTION_KINDS } from "@/lib/domain/generation/question-types";
import { DEFAULT_QUIZ_COUNT, QUESTION_KIND_LABELS, parseQuizScope } from "@/lib/domain/quiz";
import { requireUser } from "@/lib/server/auth/session";
import { findUnfinishedAttempt } from "@/lib/server/services/quiz/get-attempt";
import { describeQuizScope, listQuizScopeOptions } from "@/lib/server/services/quiz/quiz-scopes";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizStartPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { scope: scopeParam } = await searchParams;
  const requestedScope = typeof scopeParam === "string" && parseQuizScope(scopeParam) ? scopeParam : "mixed";
  const user = await requireUser(`/quiz${requestedScope === "mixed" ? "" : `?scope=${encodeURIComponent(requestedScope)}`}`);
  const [scopes, unfinished] = await Promise.all([listQuizScopeOptions(), findUnfinishedAttempt(user.id)]);
  // A lesson linked from elsewhere but not (yet) offered keeps mixed as the choice rather than an invalid one.
  const scope = scopes.some((option) => option.value === requestedScope) ? requestedScope : "mixed";
  return (
    <div className="space-y-8">
      <PageHeading title="Quiz yourself" lead="Questions come from the lessons, each checked against the sentence it was drawn from." />
      {unfinished ? (
        <Alert tone="info">
          You have an unfinished quiz ({await describeQuizScope(unfinished.scope)}, {unfinished.answeredCount} of {unfinished.total}{" "}
          answered).{" "}
          <Link href={`/quiz/${unfinished.id}`} className="font-semibold underline">
            Resume your unfinished quiz
          </Link>
        </Alert>
      ) : null}
      <StartQuizForm
        scopes={scopes}
        kinds={QUESTION_KINDS.map((kind) => ({ kind, label: QUESTION_KIND_LABELS[kind] }))}
        defaults={{ scope, count: DEFAULT_QUIZ_COUNT, kinds: [...QUESTION_KINDS] }}
      />
    </div>
  );
}
