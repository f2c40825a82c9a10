"use client";

import { useActionState } from "react";
import { PendingSubmitButton } from "@/components/quiz/pending-submit-button";
import { Alert } from "@/components/ui/alert";
import { addAssignmentCards, type AddAssignmentCardsState } from "@/lib/actions/add-assignment-cards";

/** Puts the assignment's missed (or target) questions into the student's flashcards; pressing again adds none. */
export function AddAssignmentCardsForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [state, formAction] = useActionState<AddAssignmentCardsState, FormData>(addAssignmentCards, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <PendingSubmitButton label={label} pendingLabel="Adding…" />
      <div aria-live="polite">
        {state?.ok ? (
          <Alert tone="success">
            {state.data.added === 0
              ? "They are all in your flashcards already."
              : `Added ${state.data.added} ${state.data.added === 1 ? "card" : "cards"} to your flashcards.`}
          </Alert>
        ) : state && !state.ok ? (
          <Alert>{state.formError ?? "Something went wrong. Try again."}</Alert>
        ) : null}
      </div>
    </form>
  );
}
