import { finishQuiz } from "@/lib/actions/finish-quiz";

/** Ends the quiz early; unanswered questions count as missed. A plain form, so it works without JavaScript. */
export function FinishNowForm({ attemptId }: { attemptId: string }) {
  return (
    <form action={finishQuiz} className="mt-10 border-t border-stone-200 pt-4">
      <input type="hidden" name="attemptId" value={attemptId} />
      <button type="submit" className="text-sm font-medium text-stone-600 underline hover:text-stone-900">
        Finish now and see results
      </button>
    </form>
  );
}
