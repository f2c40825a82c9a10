import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AssignmentForm } from "@/components/assignment/assignment-form";
import { PageHeading } from "@/components/ui/page-heading";
import { instantToLocalDateTime } from "@/lib/domain/assignments/local-date-time";
import { QUESTION_KINDS } from "@/lib/domain/generation/question-types";
import { requireRole } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/class-page";
import { loadAssignmentFormOptions } from "@/lib/server/services/assignments/assignment-form-options";
import { loadOwnedClass } from "@/lib/server/services/classes/owned-class";
import { currentUserZone } from "@/lib/server/user-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach.form"))("newTitle") };
}

const WEEK_MS = 7 * 24 * 3_600_000;

/** Due a week from `now`, at the end of that day in the teacher's zone. */
function defaultDue(now: Date, timeZone: string): string {
  return `${instantToLocalDateTime(new Date(now.getTime() + WEEK_MS), timeZone).slice(0, 10)}T23:59`;
}

export default async function NewAssignmentPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireRole("teacher", `/teach/classes/${encodeURIComponent(classId)}/assignments/new`);
  const owned = await orNotFound(loadOwnedClass(user.id, classId));
  const [options, zone, t, tKinds] = await Promise.all([
    loadAssignmentFormOptions(classId),
    currentUserZone(),
    getTranslations("teach.form"),
    getTranslations("quiz.kindLabels"),
  ]);
  const due = defaultDue(new Date(), zone.timeZone);
  return (
    <div>
      <Link href={`/teach/classes/${owned.id}`} className="text-sm text-brand-800 underline">{owned.name}</Link>
      <PageHeading title={t("newTitle")} lead={t("newLead")} />
      <AssignmentForm
        classId={owned.id}
        lessons={options.lessons}
        bank={options.bank}
        kinds={QUESTION_KINDS.map((kind) => ({ kind, label: tKinds(kind) }))}
        timeZone={zone.timeZone}
        defaults={{
          title: "",
          mode: "draw",
          count: "10",
          kinds: [...QUESTION_KINDS],
          documentIds: [],
          questionIds: [],
          dueAt: due,
          attemptsAllowed: "1",
          grading: "highest",
          reviewPolicy: "after-submit",
        }}
      />
    </div>
  );
}
