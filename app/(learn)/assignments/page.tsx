import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AssignedWorkList } from "@/components/assignment/assigned-work-list";
import { PageHeading } from "@/components/ui/page-heading";
import { formatInstant } from "@/lib/domain/assignments/local-date-time";
import { requireUser } from "@/lib/server/auth/session";
import { listStudentAssignments } from "@/lib/server/services/assignments/student-assignments";
import { currentUserZone } from "@/lib/server/user-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignedWork"))("pageTitle") };
}

export default async function AssignmentsPage() {
  const user = await requireUser("/assignments");
  if (user.role === "teacher") redirect("/teach");
  const [assignments, zone, locale, t] = await Promise.all([listStudentAssignments(user.id), currentUserZone(), getLocale(), getTranslations("assignedWork")]);
  const dueText = Object.fromEntries(assignments.map((a) => [a.id, formatInstant(new Date(a.dueAt), zone.timeZone, locale)]));
  return (
    <div className="space-y-6">
      <PageHeading title={t("pageTitle")} lead={t("pageLead")} />
      <AssignedWorkList assignments={assignments} dueText={dueText} />
      <Link href="/classes" className="inline-block text-sm text-brand-800 underline">{t("joinOrLeave")}</Link>
    </div>
  );
}
