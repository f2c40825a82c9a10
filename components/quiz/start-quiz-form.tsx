"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { QuestionKind } from "@/lib/domain/generation/question-types";
import { QUIZ_COUNTS } from "@/lib/domain/quiz/quiz-options";
import type { QuizScopeOptionView } from "@/lib/domain/quiz/views";
import { startQuiz, type StartQuizState } from "@/lib/actions/start-quiz";
import { Alert } from "@/components/ui/alert";
import { useServerMessage } from "@/components/ui/use-server-message";
import { PendingSubmitButton } from "./pending-submit-button";

export interface StartQuizFormProps {
  scopes: QuizScopeOptionView[];
  kinds: { kind: QuestionKind; label: string }[];
  defaults: { scope: string; count: number; kinds: string[] };
}

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className="text-sm text-red-700">
      {messages.join(" ")}
    </p>
  );
}

/** A plain form: works without JavaScript; with it, errors appear in place and the button waits. */
export function StartQuizForm({ scopes, kinds, defaults }: StartQuizFormProps) {
  const t = useTranslations("quiz");
  const say = useServerMessage();
  const [state, formAction] = useActionState<StartQuizState, FormData>(startQuiz, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  // After an error the form is reset to its defaults, so the defaults become what was just submitted.
  const values = state?.values ?? defaults;
  return (
    <form action={formAction} className="max-w-xl space-y-6" noValidate>
      {state && !state.ok && state.formError ? <Alert>{say(state.formError)}</Alert> : null}
      <div className="space-y-1">
        <label htmlFor="quiz-scope" className="block text-sm font-medium text-stone-800">
          {t("whatToCover")}
        </label>
        <select
          id="quiz-scope"
          name="scope"
          defaultValue={values.scope}
          aria-describedby={errors.scope ? "quiz-scope-error" : undefined}
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-sm"
        >
          {scopes.map((scope) => (
            <option key={scope.value} value={scope.value}>
              {scope.label}
            </option>
          ))}
        </select>
        <FieldError id="quiz-scope-error" messages={errors.scope} />
      </div>
      <fieldset className="space-y-2" aria-describedby={errors.count ? "quiz-count-error" : undefined}>
        <legend className="text-sm font-medium text-stone-800">{t("howMany")}</legend>
        <div className="flex gap-3">
          {QUIZ_COUNTS.map((count) => (
            <label
              key={count}
              className="flex flex-1 cursor-pointer items-center justify-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input type="radio" name="count" value={count} defaultChecked={count === values.count} />
              <span>{count}</span>
            </label>
          ))}
        </div>
        <FieldError id="quiz-count-error" messages={errors.count} />
      </fieldset>
      <fieldset className="space-y-2" aria-describedby={errors.kinds ? "quiz-kinds-error" : undefined}>
        <legend className="text-sm font-medium text-stone-800">{t("kinds")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {kinds.map(({ kind, label }) => (
            <label
              key={kind}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-700"
            >
              <input type="checkbox" name="kinds" value={kind} defaultChecked={values.kinds.includes(kind)} />
              <span>{label}</span>
            </label>
          ))}
        </div>
        <FieldError id="quiz-kinds-error" messages={errors.kinds} />
      </fieldset>
      <PendingSubmitButton label={t("start")} pendingLabel={t("starting")} />
    </form>
  );
}
