import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageNotice } from "@/components/class/page-notice";
import { LibraryList } from "@/components/library/library-list";
import { ReportQueueList } from "@/components/library/report-queue-list";
import { buttonClasses } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/server/auth/session";
import { queryValue } from "@/lib/server/class-page";
import { listLibrary } from "@/lib/server/services/library/list-library";
import { listReportQueue } from "@/lib/server/services/library/report-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach.library"))("title") };
}

/** The teacher's own documents and the reports learners sent about questions. */
export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const user = await requireRole("teacher", "/teach/library");
  const [documents, reports, t] = await Promise.all([listLibrary(user.id), listReportQueue(user.id), getTranslations("teach.library")]);
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} lead={t("lead")} />
      <PageNotice notice={queryValue(query, "notice")} error={queryValue(query, "error")} />
      <Link href="/teach/library/new" className={buttonClasses("primary")}>{t("add")}</Link>
      <section aria-labelledby="reports-heading" id="reports" className="space-y-3">
        <h2 id="reports-heading" className="font-serif text-xl font-semibold">{t("reports")}</h2>
        <ReportQueueList reports={reports} />
      </section>
      <section aria-labelledby="documents-heading" className="space-y-3">
        <h2 id="documents-heading" className="font-serif text-xl font-semibold">{t("documents")}</h2>
        <LibraryList documents={documents} />
      </section>
    </div>
  );
}
