import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TeacherAssignmentList } from "@/components/assignment/teacher-assignment-list";
import { JoinCodePanel } from "@/components/class/join-code-panel";
import { PageNotice } from "@/components/class/page-notice";
import { RosterTable } from "@/components/class/roster-table";
import { buttonClasses } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { formatInstant } from "@/lib/domain/assignments/local-date-time";
import { rosterPageSchema } from "@/lib/domain/classes/inputs";
import { requireRole } from "@/lib/server/auth/session";
import { orNotFound, queryValue, requestOrigin } from "@/lib/server/class-page";
import { listClassAssignments } from "@/lib/server/services/assignments/teacher-assignment";
import { getClassRoster } from "@/lib/server/services/classes/class-roster";
import { loadOwnedClass } from "@/lib/server/services/classes/owned-class";
import { currentUserZone } from "@/lib/server/user-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach.class"))("metaTitle") };
}

/** One class for its teacher: join code and link, assignments, and the roster a page at a time. */
export default async function TeachClassPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ classId }, query] = await Promise.all([params, searchParams]);
  const path = `/teach/classes/${encodeURIComponent(classId)}`;
  const user = await requireRole("teacher", path);
  const owned = await orNotFound(loadOwnedClass(user.id, classId));
  const page = rosterPageSchema.parse(queryValue(query, "page"));
  const [roster, assignments, zone, origin, t, locale] = await Promise.all([
    getClassRoster(user.id, classId, page),
    listClassAssignments(user.id, classId),
    currentUserZone(),
    requestOrigin(),
    getTranslations("teach.class"),
    getLocale(),
  ]);
  const dueText = Object.fromEntries(assignments.map((a) => [a.id, formatInstant(new Date(a.dueAt), zone.timeZone, locale)]));
  return (
    <div className="space-y-8">
      <div>
        <Link href="/teach" className="text-sm text-brand-800 underline">{t("allClasses")}</Link>
        <PageHeading title={owned.name} lead={[owned.section, owned.archivedAt ? t("archived") : null].filter(Boolean).join(" · ") || undefined} />
      </div>
      <PageNotice notice={queryValue(query, "notice")} error={queryValue(query, "error")} />
      <Link href={`${path}/progress`} className="inline-block text-brand-800 underline">{t("progressLink")}</Link>
      <JoinCodePanel
        classId={owned.id}
        joinCode={owned.joinCode}
        joinEnabled={owned.joinEnabled}
        archived={owned.archivedAt !== null}
        joinLink={`${origin}/join/${owned.joinCode}`}
      />
      <section aria-labelledby="assignments-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="assignments-heading" className="font-serif text-xl font-semibold">{t("assignments")}</h2>
          {owned.archivedAt ? null : (
            <Link href={`${path}/assignments/new`} className={buttonClasses("primary")}>{t("newAssignment")}</Link>
          )}
        </div>
        <TeacherAssignmentList assignments={assignments} dueText={dueText} />
      </section>
      <section aria-labelledby="roster-heading" className="space-y-3">
        <h2 id="roster-heading" className="font-serif text-xl font-semibold">{t("students", { count: roster.total })}</h2>
        <RosterTable classId={owned.id} roster={roster} pageHref={(p) => `${path}?page=${p}`} />
      </section>
    </div>
  );
}
