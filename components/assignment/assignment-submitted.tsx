import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

/** The end of an assignment attempt whose answers are not shown yet: what was handed in, and the way back. */
export function AssignmentSubmitted({ answered, total, assignmentId }: { answered: number; total: number; assignmentId: string }) {
  return (
    <section className="space-y-4 rounded-lg border border-stone-200 bg-white p-6">
      <p className="text-lg" data-testid="submitted-summary">
        Submitted: you answered {answered} of {total} questions.
      </p>
      <p className="text-stone-700">Your teacher decides when the correct answers are shown.</p>
      <Link href={`/assignments/${assignmentId}`} className={buttonClasses("primary")}>
        Back to the assignment
      </Link>
    </section>
  );
}
