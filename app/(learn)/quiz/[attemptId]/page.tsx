import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnswerFeedback } from "@/components/quiz/answer-feedback";
import { AssignmentSubmitted } from "@/components/assignment/assignment-submitted";
import { FinishNowConfirm, FinishNowLink } from "@/components/quiz/finish-now-form";
import { TimeLeft } from "@/components/quiz/time-left";
import { QuestionCard } from "@/components/quiz/question-card";
import { QuizEndScreen } from "@/components/quiz/quiz-end-screen";
import { QuizProgress } from "@/components/quiz/quiz-progress";
import { quizScopeText } from "@/components/quiz/quiz-scope-text";
import { toQuestionView } from "@/lib/domain/quiz/views";
import { Alert } from "@/components/ui/alert";
import { PageHeading } from "@/components/ui/page-heading";
import { choiceOrderFor } from "@/lib/domain/assignments/question-spec";
import { ERROR_CATALOGUE } from "@/lib/domain/errors/app-error";
import { parseOrder } from "@/lib/domain/quiz";
import { answerResultOf } from "@/lib/domain/quiz/answer-result";
import { requireUser } from "@/lib/server/auth/session";
import { getQuestion } from "@/lib/server/services/question-bank";
import { getAttemptResults } from "@/lib/server/services/quiz/attempt-results";
import { getAttempt, type ResumableAttempt } from "@/lib/server/services/quiz/get-attempt";
import { QuizError } from "@/lib/domain/quiz/quiz-error";
import { describeQuizScope } from "@/lib/server/services/quiz/quiz-scopes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("layout"))("nav.quiz") };
}

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

async function loadAttempt(userId: string, attemptId: string): Promise<ResumableAttempt> {
  try {
    return await getAttempt(userId, attemptId);
  } catch (error) {
    if (error instanceof QuizError && error.code === "attempt-not-found") notFound();
    if (error instanceof QuizError && error.code === "not-your-attempt") forbidden();
    throw error;
  }
}

/**
 * One attempt: the current question (first unanswered, so leaving and returning resumes), the feedback for
 * the answer just given (`?answered=<questionId>`), or the end screen once finished.
 */
export default async function QuizAttemptPage({ params, searchParams }: { params: Promise<{ attemptId: string }>; searchParams: Promise<Params> }) {
  const [{ attemptId }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/quiz/${encodeURIComponent(attemptId)}`);
  const attempt = await loadAttempt(user.id, attemptId);
  const assignment = attempt.assignment;
  const title = assignment ? assignment.title : quizScopeText(await getTranslations("quizScope"), await describeQuizScope(attempt.scope));
  const timeUp = one(query.timeup) ? <div className="mb-6"><Alert>{ERROR_CATALOGUE["time-up"].message}</Alert></div> : null;
  const selfHref = `/quiz/${encodeURIComponent(attempt.id)}`;

  const answeredId = one(query.answered);
  // An assignment shows correctness after each answer only when its review rule says so.
  const showFeedback = !assignment || assignment.feedbackEachAnswer;
  const answered = answeredId && showFeedback ? attempt.answers.find((a) => a.questionId === answeredId) : undefined;
  if (answered) {
    const question = await getQuestion(answered.questionId);
    if (question) {
      return (
        <div>
          <PageHeading title={title} compact />
          <QuizProgress position={attempt.questionIds.indexOf(question.id) + 1} total={attempt.total} answered={attempt.answeredCount} />
          <AnswerFeedback
            question={question}
            answer={answerResultOf(question, answered, { answered: attempt.answeredCount, total: attempt.total, finished: attempt.finished })}
            nextHref={selfHref}
          />
        </div>
      );
    }
  }

  if ((attempt.finished || !attempt.current) && assignment && !assignment.answersVisibleWhenFinished) {
    return (
      <div>
        <PageHeading title={`${title}: submitted`} />
        {timeUp}
        <AssignmentSubmitted answered={attempt.answeredCount} total={attempt.total} assignmentId={assignment.assignmentId} />
      </div>
    );
  }

  if (attempt.finished || !attempt.current) {
    const results = await getAttemptResults(attempt);
    return (
      <div>
        <PageHeading title={(await getTranslations("quiz"))("resultsTitle", { title })} />
        {timeUp}
        <QuizEndScreen
          attemptId={attempt.id}
          scope={attempt.scope}
          summary={results.summary}
          activeTimeMs={results.activeTimeMs}
          missed={results.missed}
        />
      </div>
    );
  }

  if (one(query.finish) === "confirm") {
    return (
      <div>
        <PageHeading title={title} compact />
        <FinishNowConfirm attemptId={attempt.id} unanswered={attempt.total - attempt.answeredCount} />
      </div>
    );
  }

  const { index, question } = attempt.current;
  const base = toQuestionView(question);
  const view =
    assignment?.shuffleChoices && base.choices
      ? { ...base, choices: choiceOrderFor(base.choices, true, attempt.id, question.id) }
      : base;
  const now = new Date();
  const requested = Number(one(query.requested));
  return (
    <div>
      <PageHeading title={title} compact />
      {Number.isInteger(requested) && requested > attempt.total && attempt.answeredCount === 0 ? (
        <div className="mb-6">
          <Alert tone="info">
            Only {attempt.total} {attempt.total === 1 ? "question matches" : "questions match"} your choices, so this quiz has{" "}
            {attempt.total} instead of {requested}.
          </Alert>
        </div>
      ) : null}
      {assignment?.timed ? <TimeLeft endsAt={assignment.endsAt.toISOString()} initialMs={assignment.endsAt.getTime() - now.getTime()} /> : null}
      <QuizProgress position={index + 1} total={attempt.total} answered={attempt.answeredCount} />
      <QuestionCard
        key={question.id}
        attemptId={attempt.id}
        question={view}
        order={view.choices ? parseOrder(one(query.order), view.choices.length) : null}
      />
      <FinishNowLink attemptId={attempt.id} />
    </div>
  );
}
