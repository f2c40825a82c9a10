import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JoinClassForm } from "@/components/class/join-class-form";
import { PageNotice } from "@/components/class/page-notice";
import { StudentClassList } from "@/components/class/student-class-list";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/server/auth/session";
import { queryValue } from "@/lib/server/class-page";
import { listStudentClasses } from "@/lib/server/services/classes/list-classes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myClasses"))("title") };
}

/** A student's classes, the join-by-code form, and leave buttons. Teachers manage theirs on /teach. */
export default async function StudentClassesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const user = await requireUser("/classes");
  if (user.role === "teacher") redirect("/teach");
  const [classes, t] = await Promise.all([listStudentClasses(user.id), getTranslations("myClasses")]);
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} lead={t("lead")} />
      <PageNotice notice={queryValue(query, "notice")} error={queryValue(query, "error")} />
      <section aria-labelledby="join-heading" className="rounded-lg border border-stone-200 bg-stone-50 p-4">
        <h2 id="join-heading" className="mb-3 font-serif text-xl font-semibold">{t("join")}</h2>
        <JoinClassForm />
      </section>
      <StudentClassList classes={classes} />
    </div>
  );
}
