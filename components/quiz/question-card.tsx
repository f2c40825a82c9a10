"use client";

import { useActionState } from "react";
import { submitQuizAnswer, type SubmitQuizAnswerState } from "@/lib/actions/submit-quiz-answer";
import { Alert } from "@/components/ui/alert";
import { ChoiceOptions } from "./choice-options";
import { OrderingList } from "./ordering-list";
import { PendingSubmitButton } from "./pending-submit-button";
import type { QuizQuestionView } from "@/lib/domain/quiz/views";

export interface QuestionCardProps {
  attemptId: string;
  question: QuizQuestionView;
  /** Chronology only: the order to show (indexes into choices). */
  order: number[] | null;
}

const TYPED_HINTS: Partial<Record<QuizQuestionView["kind"], string>> = {
  "date-cloze": "Type the date, e.g. 3 April 1899.",
  "number-cloze": "Type the number, e.g. 23,000.",
};

/**
 * One question as a plain POST form bound to a server action: it works with JavaScript off. With it on,
 * the button disables while the answer is checked and the feedback arrives without a full page load.
 */
export function QuestionCard({ attemptId, question, order }: QuestionCardProps) {
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
          Drag the events, or use the Move up and Move down buttons, until the earliest is first.
        </p>
        <OrderingList items={choices} initialOrder={order ?? choices.map((_, i) => i)} reorderFormId={reorderFormId} />
      </>
    );
  } else if (choices) {
    body = <ChoiceOptions questionId={question.id} choices={choices} />;
  } else {
    const hint = TYPED_HINTS[question.kind] ?? "Type your answer.";
    body = (
      <div className="space-y-1">
        <label htmlFor={`${question.id}-typed`} className="block text-sm font-medium text-stone-800">
          Your answer
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
            <Alert>{errors.join(" ")}</Alert>
          </div>
        ) : null}
        <PendingSubmitButton label="Check answer" pendingLabel="Checking…" />
      </form>
      {question.kind === "chronology" ? (
        // Target of the move buttons when JavaScript is off: reloads this page with the new order.
        <form id={reorderFormId} method="get" action={`/quiz/${encodeURIComponent(attemptId)}`} hidden />
      ) : null}
    </>
  );
}
