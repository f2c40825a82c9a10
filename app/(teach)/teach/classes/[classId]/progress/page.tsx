import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClassProgressTable } from "@/components/results/class-progress-table";
import { PageLinks } from "@/components/results/page-links";
import { PageHeading } from "@/components/ui/page-heading";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { INACTIVE_DAYS } from "@/lib/domain/results/class-progress";
import { pageParamSchema } from "@/lib/domain/results/inputs";
import { classProgressHref } from "@/lib/domain/results/links";
import { requireRole } from "@/lib/server/auth/session";
import { loadClassProgress } from "@/lib/server/services/results/load-class-progress";
import { currentUserZone } from "@/lib/server/user-zone";

export const metadata: Metadata = { title: "Class progress" };

export default async function ClassProgressPage({ params, searchParams }: { params: Promise<{ classId: string }>; searchParams: Promise<{ page?: string | string[] }> }) {
  const [{ classId }, search] = await Promise.all([params, searchParams]);
  const href = classProgressHref(classId);
  const teacher = await requireRole("teacher", href);
  const view = await loadClassProgress(teacher.id, classId, new Date(), pageParamSchema.parse(search.page)).catch((error: unknown) => {
    if (error instanceof ClassError) notFound();
    throw error;
  });
  const { timeZone } = await currentUserZone();
  return (
    <div className="space-y-6">
      <PageHeading
        title={`Progress: ${view.className}`}
        lead={`Mastery per lesson is each student’s own dashboard figure: predicted recall of reviewed cards, else recent quiz scores. A student is falling behind with missing work, no study in ${INACTIVE_DAYS} days, or mastery 20 points under the class median.`}
      />
      <p className="text-sm font-medium text-stone-800" data-testid="behind-count">
        {view.behindTotal === 0 ? "No one is falling behind." : `${view.behindTotal} of ${view.studentTotal} students are falling behind (listed first).`}
      </p>
      <ClassProgressTable view={view} timeZone={timeZone} />
      <PageLinks page={view.page} pageCount={view.pageCount} hrefFor={(p) => `${href}?page=${p}`} label="Student pages" />
    </div>
  );
}
