"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addMissedFromQuiz, type AddMissedState } from "@/lib/actions/add-missed-from-quiz";
import { Alert } from "@/components/ui/alert";
import { PendingSubmitButton } from "./pending-submit-button";
import { useServerMessage } from "@/components/ui/use-server-message";
import { ERROR_CATALOGUE } from "@/lib/domain/errors/app-error";

function message(added: number, missed: number): string {
  if (added === 0) return `All ${missed} missed ${missed === 1 ? "question is" : "questions are"} already in your flashcards.`;
  const already = missed - added;
  return `Added ${added} ${added === 1 ? "question" : "questions"} to your flashcards${already > 0 ? ` (${already} ${already === 1 ? "was" : "were"} already there)` : ""}.`;
}

/** "Add missed questions to my flashcards": reports how many were added; pressing it again adds none. */
export function AddMissedForm({ attemptId }: { attemptId: string }) {
  const t = useTranslations("quiz");
  const say = useServerMessage();
  const [state, formAction] = useActionState<AddMissedState, FormData>(addMissedFromQuiz, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="attemptId" value={attemptId} />
      <PendingSubmitButton label={t("addMissed")} pendingLabel={t("adding")} />
      <div aria-live="polite">
        {state?.ok ? (
          <Alert tone="success">
            {message(state.data.added, state.data.missed)}{" "}
            <Link href="/study" className="font-medium underline">
              Study them now
            </Link>
          </Alert>
        ) : state && !state.ok ? (
          <Alert>{say(state.formError ?? ERROR_CATALOGUE.internal.message)}</Alert>
        ) : null}
      </div>
    </form>
  );
}
