import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentRulesList } from "@/components/assignment/assignment-rules-list";
import { StatusBadge } from "@/components/assignment/status-badge";
import { StudentAttemptList } from "@/components/assignment/student-attempt-list";
import { PageNotice } from "@/components/class/page-notice";
import { buttonClasses } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { startAssignment } from "@/lib/actions/start-assignment";
import { WINDOW_LABELS } from "@/lib/domain/assignments/labels";
import { formatInstant } from "@/lib/domain/assignments/local-date-time";
import { requireUser } from "@/lib/server/auth/session";
import { orNotFound, queryValue } from "@/lib/server/class-page";
import { getStudentAssignment } from "@/lib/server/services/assignments/student-assignments";
import { currentUserZone } from "@/lib/server/user-zone";

export const metadata: Metadata = { title: "Assignment" };

/** One assignment for its student: rules in their own time zone, start or resume, and past attempts. */
export default async function StudentAssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ assignmentId }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/assignments/${encodeURIComponent(assignmentId)}`);
  const [{ view: a, shuffleQuestions, shuffleChoices, releaseAt }, zone] = await Promise.all([
    orNotFound(getStudentAssignment(user.id, assignmentId)),
    currentUserZone(),
  ]);
  const show = (iso: string | null, none: string) => (iso ? formatInstant(new Date(iso), zone.timeZone) : none);
  const finishedText = Object.fromEntries(a.attempts.map((t) => [t.id, show(t.finishedAt, "")]));
  const lateUntil = a.closesAt !== a.dueAt ? a.closesAt : null;
  return (
    <div className="space-y-6">
      <div>
        <Link href="/assignments" className="text-sm text-brand-800 underline">Assigned work</Link>
        <PageHeading title={a.title} lead={`${a.className} · ${a.questionCount} questions · ${WINDOW_LABELS[a.window]}`} />
      </div>
      <PageNotice notice={queryValue(query, "notice")} error={queryValue(query, "error")} />
      <p className="flex items-center gap-2">Status: <StatusBadge status={a.status} /></p>
      {a.openAttemptId || a.canStart ? (
        <form action={startAssignment}>
          <input type="hidden" name="assignmentId" value={a.id} />
          <button type="submit" className={buttonClasses("primary")}>
            {a.openAttemptId ? "Resume" : a.attemptsUsed > 0 ? "Start another attempt" : "Start"}
          </button>
        </form>
      ) : null}
      <AssignmentRulesList
        rules={{ ...a, shuffleQuestions, shuffleChoices, lateUntil }}
        dates={{ opens: show(a.opensAt, "Now"), due: show(a.dueAt, ""), lateUntil: show(lateUntil, "No late work") }}
      />
      {a.attempts.some((t) => t.finishedAt) ? (
        <Link href={`/assignments/${a.id}/results`} className="inline-block text-brand-800 underline">Your results</Link>
      ) : null}
      <StudentAttemptList attempts={a.attempts} reviewable={a.answersVisible} finishedText={finishedText} />
      {a.attempts.some((t) => t.finishedAt) && !a.answersVisible ? (
        <p className="text-sm text-stone-700">
          {a.reviewPolicy === "after-due"
            ? `Correct answers are shown after ${show(releaseAt.toISOString(), "")}.`
            : "Your teacher has chosen not to show the correct answers."}
        </p>
      ) : null}
    </div>
  );
}
