import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClassList } from "@/components/class/class-list";
import { CreateClassForm } from "@/components/class/create-class-form";
import { PageNotice } from "@/components/class/page-notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/server/auth/session";
import { queryValue } from "@/lib/server/class-page";
import { listTeacherClasses } from "@/lib/server/services/classes/list-classes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach.home"))("title") };
}

/** The teacher's home: their classes and a form for a new one; archived classes one link away. */
export default async function TeachHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const user = await requireRole("teacher", "/teach");
  const archived = queryValue(query, "archived") === "1";
  const [classes, t] = await Promise.all([listTeacherClasses(user.id, archived), getTranslations("teach.home")]);
  return (
    <div className="space-y-8">
      <PageHeading title={archived ? t("archivedTitle") : t("title")} lead={t("lead")} />
      <PageNotice notice={queryValue(query, "notice")} error={queryValue(query, "error")} />
      {archived ? null : (
        <section aria-labelledby="new-class" className="rounded-lg border border-stone-200 bg-stone-50 p-4">
          <h2 id="new-class" className="mb-3 font-serif text-xl font-semibold">{t("newClass")}</h2>
          <CreateClassForm />
        </section>
      )}
      <section aria-labelledby="class-list" className="space-y-3">
        <h2 id="class-list" className="font-serif text-xl font-semibold">{archived ? t("archivedHeading") : t("activeHeading")}</h2>
        <ClassList classes={classes} empty={archived ? t("emptyArchived") : t("emptyActive")} />
        <Link href={archived ? "/teach" : "/teach?archived=1"} className="inline-block text-sm text-brand-800 underline">
          {archived ? t("backToActive") : t("showArchived")}
        </Link>
      </section>
    </div>
  );
}
