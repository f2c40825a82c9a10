import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AssignmentForm } from "@/components/assignment/assignment-form";
import { Alert } from "@/components/ui/alert";
import { PageHeading } from "@/components/ui/page-heading";
import { instantToLocalDateTime } from "@/lib/domain/assignments/local-date-time";
import { parseQuestionSpec } from "@/lib/domain/assignments/question-spec";
import { QUESTION_KINDS } from "@/lib/domain/generation/question-types";
import { requireRole } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/class-page";
import { loadAssignmentFormOptions } from "@/lib/server/services/assignments/assignment-form-options";
import { loadOwnedAssignment } from "@/lib/server/services/assignments/owned-assignment";
import { currentUserZone } from "@/lib/server/user-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach.form"))("editTitle") };
}

export default async function EditAssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const path = `/teach/assignments/${encodeURIComponent(assignmentId)}`;
  const user = await requireRole("teacher", `${path}/edit`);
  const a = await orNotFound(loadOwnedAssignment(user.id, assignmentId));
  const [options, zone, t, tKinds] = await Promise.all([
    loadAssignmentFormOptions(a.classId),
    currentUserZone(),
    getTranslations("teach.form"),
    getTranslations("quiz.kindLabels"),
  ]);
  const local = (d: Date | null) => (d ? instantToLocalDateTime(d, zone.timeZone) : "");
  const spec = parseQuestionSpec(a.specJson);
  return (
    <div>
      <Link href={path} className="text-sm text-brand-800 underline">{a.title}</Link>
      <PageHeading title={t("editTitle")} lead={t("editLead")} />
      {a.started ? (
        <Alert>{t("started")}</Alert>
      ) : (
        <AssignmentForm
          classId={a.classId}
          assignmentId={a.id}
          lessons={options.lessons}
          bank={options.bank}
          kinds={QUESTION_KINDS.map((kind) => ({ kind, label: tKinds(kind) }))}
          timeZone={zone.timeZone}
          defaults={{
            title: a.title,
            mode: spec?.mode ?? "draw",
            count: spec?.mode === "draw" ? String(spec.count) : "10",
            fromYear: spec?.mode === "draw" && spec.fromYear !== null ? String(spec.fromYear) : "",
            toYear: spec?.mode === "draw" && spec.toYear !== null ? String(spec.toYear) : "",
            kinds: spec?.mode === "draw" ? spec.kinds : [...QUESTION_KINDS],
            documentIds: spec?.mode === "draw" ? spec.documentIds : [],
            questionIds: spec?.mode === "pick" ? spec.questionIds : [],
            shuffleQuestions: a.shuffleQuestions ? "on" : "",
            shuffleChoices: a.shuffleChoices ? "on" : "",
            opensAt: local(a.opensAt),
            dueAt: local(a.dueAt),
            lateUntil: local(a.lateUntil),
            timeLimitMinutes: a.timeLimitMinutes === null ? "" : String(a.timeLimitMinutes),
            attemptsAllowed: a.attemptsAllowed === null ? "" : String(a.attemptsAllowed),
            grading: a.rules.grading,
            reviewPolicy: a.rules.reviewPolicy,
          }}
        />
      )}
    </div>
  );
}
