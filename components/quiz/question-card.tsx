"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { submitQuizAnswer, type SubmitQuizAnswerState } from "@/lib/actions/submit-quiz-answer";
import { Alert } from "@/components/ui/alert";
import { ChoiceOptions } from "./choice-options";
import { OrderingList } from "./ordering-list";
import { PendingSubmitButton } from "./pending-submit-button";
import type { QuizQuestionView } from "@/lib/domain/quiz/views";
import { useServerMessage } from "@/components/ui/use-server-message";

export interface QuestionCardProps {
  attemptId: string;
  question: QuizQuestionView;
  /** Chronology only: the order to show (indexes into choices). */
  order: number[] | null;
}

const TYPED_HINTS = { "date-cloze": "typeDate", "number-cloze": "typeNumber" } as const;

/**
 * One question as a plain POST form bound to a server action: it works with JavaScript off. With it on,
 * the button disables while the answer is checked and the feedback arrives without a full page load.
 */
export function QuestionCard({ attemptId, question, order }: QuestionCardProps) {
  const t = useTranslations("quiz");
  const say = useServerMessage();
  const [state, formAction] = useActionState<SubmitQuizAnswerState, FormData>(submitQuizAnswer, null);
  const errors = state && !state.ok ? [...(state.fieldErrors.response ?? []), ...(state.formError ? [state.formError] : [])] : [];
  const errorId = `${question.id}-error`;
  const reorderFormId = `reorder-${question.id}`;
  const choices = question.choices;

  let body;
  if (question.kind === "chronology" && choices) {
    body = (
      <>
        <p className="text-sm text-stone-700">
          {t("orderingHint")}
        </p>
        <OrderingList items={choices} initialOrder={order ?? choices.map((_, i) => i)} reorderFormId={reorderFormId} />
      </>
    );
  } else if (choices) {
    body = <ChoiceOptions questionId={question.id} choices={choices} />;
  } else {
    const hintKey = question.kind === "date-cloze" || question.kind === "number-cloze" ? TYPED_HINTS[question.kind] : "typeAnswer";
    const hint = t(hintKey);
    body = (
      <div className="space-y-1">
        <label htmlFor={`${question.id}-typed`} className="block text-sm font-medium text-stone-800">
          {t("yourAnswer")}
        </label>
        <input
          id={`${question.id}-typed`}
          name="response"
          type="text"
          autoComplete="off"
          aria-describedby={`${question.id}-hint`}
          className="block w-full max-w-sm rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-sm"
        />
        <p id={`${question.id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      </div>
    );
  }

  return (
    <>
      <form action={formAction} className="space-y-5" noValidate>
        <input type="hidden" name="attemptId" value={attemptId} />
        <input type="hidden" name="questionId" value={question.id} />
        <fieldset className="space-y-4" aria-describedby={errors.length > 0 ? errorId : undefined}>
          <legend className="mb-4 font-serif text-2xl font-semibold text-stone-950" data-testid="question-prompt">
            {question.prompt}
          </legend>
          {body}
        </fieldset>
        {errors.length > 0 ? (
          <div id={errorId}>
            <Alert>{errors.map(say).join(" ")}</Alert>
          </div>
        ) : null}
        <PendingSubmitButton label={t("check")} pendingLabel={t("checking")} />
      </form>
      {question.kind === "chronology" ? (
        // Target of the move buttons when JavaScript is off: reloads this page with the new order.
        <form id={reorderFormId} method="get" action={`/quiz/${encodeURIComponent(attemptId)}`} hidden />
      ) : null}
    </>
  );
}
