import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddAssignmentCardsForm } from "@/components/results/add-assignment-cards-form";
import { MyQuestionReview } from "@/components/results/my-question-review";
import { MySpacedProgress } from "@/components/results/my-spaced-progress";
import { STATUS_LABEL, percent } from "@/components/results/format";
import { PageHeading } from "@/components/ui/page-heading";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { myAssignmentResultsHref } from "@/lib/domain/results/links";
import { requireUser } from "@/lib/server/auth/session";
import { loadMyAssignmentResults } from "@/lib/server/services/results/load-my-assignment-results";

export const metadata: Metadata = { title: "My results" };

export default async function MyAssignmentResultsPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const user = await requireUser(myAssignmentResultsHref(assignmentId));
  const view = await loadMyAssignmentResults(user.id, assignmentId, new Date()).catch((error: unknown) => {
    if (error instanceof ClassError) notFound();
    throw error;
  });
  return (
    <div className="space-y-8">
      <PageHeading
        title={view.title}
        lead={<>{view.className} · {STATUS_LABEL[view.status]}{view.kind === "quiz" ? <> · Score {percent(view.score)}</> : null} · <Link href="/" className="font-medium text-brand-700 underline">Your assignments</Link></>}
      />
      {view.spaced ? (
        <MySpacedProgress assignmentId={assignmentId} progress={view.spaced} />
      ) : (
        <section aria-labelledby="review-heading" className="space-y-4">
          <h2 id="review-heading" className="text-xl font-semibold">
            {view.countedAttemptNumber ? `Your answers (attempt ${view.countedAttemptNumber} counts)` : "Your answers"}
          </h2>
          {view.hiddenReason ? <p className="text-sm text-stone-700" data-testid="answers-hidden">{view.hiddenReason}</p> : null}
          <MyQuestionReview questions={view.questions} />
          {view.answersVisible && view.missedCount > 0 ? (
            <AddAssignmentCardsForm assignmentId={assignmentId} label={`Add the ${view.missedCount} missed ${view.missedCount === 1 ? "question" : "questions"} to my flashcards`} />
          ) : null}
        </section>
      )}
    </div>
  );
}
