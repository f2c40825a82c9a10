import type { Metadata } from "next";
import Link from "next/link";
import { PageNotice } from "@/components/class/page-notice";
import { LibraryList } from "@/components/library/library-list";
import { ReportQueueList } from "@/components/library/report-queue-list";
import { buttonClasses } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/server/auth/session";
import { queryValue } from "@/lib/server/class-page";
import { listLibrary } from "@/lib/server/services/library/list-library";
import { listReportQueue } from "@/lib/server/services/library/report-queue";

export const metadata: Metadata = { title: "Your library" };

/** The teacher's own documents and the reports learners sent about questions. */
export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const user = await requireRole("teacher", "/teach/library");
  const [documents, reports] = await Promise.all([listLibrary(user.id), listReportQueue(user.id)]);
  return (
    <div className="space-y-8">
      <PageHeading title="Your library" lead="Add your own readings: each becomes a lesson with checked questions that you review before your classes see it." />
      <PageNotice notice={queryValue(query, "notice")} error={queryValue(query, "error")} />
      <Link href="/teach/library/new" className={buttonClasses("primary")}>Add a document</Link>
      <section aria-labelledby="reports-heading" id="reports" className="space-y-3">
        <h2 id="reports-heading" className="font-serif text-xl font-semibold">Reports from learners</h2>
        <ReportQueueList reports={reports} />
      </section>
      <section aria-labelledby="documents-heading" className="space-y-3">
        <h2 id="documents-heading" className="font-serif text-xl font-semibold">Your documents</h2>
        <LibraryList documents={documents} />
      </section>
    </div>
  );
}
