import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AssignmentRulesList } from "@/components/assignment/assignment-rules-list";
import { QuestionPreviewList } from "@/components/assignment/question-preview-list";
import { StudentResultsTable } from "@/components/assignment/student-results-table";
import { PageNotice } from "@/components/class/page-notice";
import { PageLinks } from "@/components/results/page-links";
import { buttonClasses } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { deleteAssignment } from "@/lib/actions/delete-assignment";
import { publishAssignment } from "@/lib/actions/publish-assignment";
import { formatInstant, instantToLocalDateTime } from "@/lib/domain/assignments/local-date-time";
import { rosterPageSchema } from "@/lib/domain/classes/inputs";
import { requireRole } from "@/lib/server/auth/session";
import { orNotFound, queryValue } from "@/lib/server/class-page";
import { getTeacherAssignment } from "@/lib/server/services/assignments/teacher-assignment";
import { currentUserZone } from "@/lib/server/user-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach.assignment"))("metaTitle") };
}

/** One assignment for its teacher: publish or delete, its rules and questions, each student's status and accommodations. */
export default async function TeachAssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ assignmentId }, query] = await Promise.all([params, searchParams]);
  const path = `/teach/assignments/${encodeURIComponent(assignmentId)}`;
  const user = await requireRole("teacher", path);
  const page = rosterPageSchema.parse(queryValue(query, "page"));
  const [a, zone, t, locale] = await Promise.all([
    orNotFound(getTeacherAssignment(user.id, assignmentId, new Date(), page)),
    currentUserZone(),
    getTranslations("teach.assignment"),
    getLocale(),
  ]);
  const show = (iso: string | null, none: string) => (iso ? formatInstant(new Date(iso), zone.timeZone, locale) : none);
  const overrideDates = a.students.flatMap((s) => (s.override?.dueAt ? [s.override.dueAt] : []));
  const formatted = Object.fromEntries(
    overrideDates.map((iso) => [iso, { text: show(iso, ""), field: instantToLocalDateTime(new Date(iso), zone.timeZone) }]),
  );
  return (
    <div className="space-y-8">
      <div>
        <Link href={`/teach/classes/${a.classId}`} className="text-sm text-brand-800 underline">{a.className}</Link>
        <PageHeading title={a.title} lead={a.status === "draft" ? t("draftLead") : t("publishedLead")} />
      </div>
      <PageNotice notice={queryValue(query, "notice")} error={queryValue(query, "error")} />
      <div className="flex flex-wrap gap-2">
        {a.status === "published" ? (
          <Link href={`/teach/classes/${a.classId}/assignments/${a.id}/results`} className={buttonClasses("primary")}>
            {t("results")}
          </Link>
        ) : null}
        {a.status === "draft" ? (
          <form action={publishAssignment}>
            <input type="hidden" name="assignmentId" value={a.id} />
            <button type="submit" className={buttonClasses("primary")}>{t("publish")}</button>
          </form>
        ) : null}
        {a.started ? null : (
          <>
            <Link href={`${path}/edit`} className={buttonClasses("secondary")}>{t("edit")}</Link>
            <form action={deleteAssignment}>
              <input type="hidden" name="assignmentId" value={a.id} />
              <button type="submit" className={buttonClasses("ghost")}>{t("delete")}</button>
            </form>
          </>
        )}
      </div>
      <section aria-labelledby="rules-heading" className="space-y-2">
        <h2 id="rules-heading" className="font-serif text-xl font-semibold">{t("rules")}</h2>
        <AssignmentRulesList
          rules={a.rules}
          dates={{ opens: show(a.rules.opensAt, t("whenPublished")), due: show(a.rules.dueAt, ""), lateUntil: show(a.rules.lateUntil, t("noLateWork")) }}
        />
      </section>
      <section aria-labelledby="students-heading" className="space-y-3">
        <h2 id="students-heading" className="font-serif text-xl font-semibold">{t("students", { count: a.studentPage.total })}</h2>
        <StudentResultsTable assignmentId={a.id} students={a.students} formatted={formatted} />
        <PageLinks page={a.studentPage.page} pageCount={a.studentPage.pageCount} hrefFor={(p) => `${path}?page=${p}`} label={t("studentPages")} />
      </section>
      <section aria-labelledby="questions-heading" className="space-y-3">
        <h2 id="questions-heading" className="font-serif text-xl font-semibold">{t("questions", { count: a.questions.length })}</h2>
        <QuestionPreviewList questions={a.questions} />
      </section>
    </div>
  );
}
