import Link from "next/link";
import type { MySpacedProgressView } from "@/lib/domain/results/views";
import { AddAssignmentCardsForm } from "./add-assignment-cards-form";
import { percent } from "./format";
import { STANDING_LABEL } from "./spaced-progress-table";

/** A spaced assignment as its student sees it: predicted recall now against the target, and what to review. */
export function MySpacedProgress({ assignmentId, progress }: { assignmentId: string; progress: MySpacedProgressView }) {
  return (
    <section aria-labelledby="spaced-heading" className="space-y-4">
      <h2 id="spaced-heading" className="text-xl font-semibold">
        Keep {progress.targetLabel} at {percent(progress.target)} predicted recall
      </h2>
      <p className="text-stone-800" data-testid="spaced-recall">
        Your predicted recall now: <strong className="tabular-nums">{percent(progress.recall)}</strong> ({STANDING_LABEL[progress.standing]}).{" "}
        {progress.strong} of {progress.total} cards are at the target.
      </p>
      {progress.toReviewCount > 0 ? (
        <>
          <h3 className="font-semibold">Cards to review ({progress.toReviewCount})</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm text-stone-800">
            {progress.toReview.map((q) => <li key={q.questionId}>{q.prompt}</li>)}
            {progress.toReviewCount > progress.toReview.length ? <li>and {progress.toReviewCount - progress.toReview.length} more</li> : null}
          </ul>
          <p>
            <Link href={progress.studyHref} className="font-medium text-brand-700 underline">Review these flashcards now</Link>
          </p>
          <AddAssignmentCardsForm assignmentId={assignmentId} label="Put every card of this target in my flashcards" />
        </>
      ) : null}
    </section>
  );
}
