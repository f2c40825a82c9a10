import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach.progress"))("metaTitle") };
}

export default async function ClassProgressPage({ params, searchParams }: { params: Promise<{ classId: string }>; searchParams: Promise<{ page?: string | string[] }> }) {
  const [{ classId }, search] = await Promise.all([params, searchParams]);
  const href = classProgressHref(classId);
  const teacher = await requireRole("teacher", href);
  const view = await loadClassProgress(teacher.id, classId, new Date(), pageParamSchema.parse(search.page)).catch((error: unknown) => {
    if (error instanceof ClassError) notFound();
    throw error;
  });
  const [{ timeZone }, t] = await Promise.all([currentUserZone(), getTranslations("teach.progress")]);
  return (
    <div className="space-y-6">
      <PageHeading
        title={t("title", { name: view.className })}
        lead={t("lead", { days: INACTIVE_DAYS })}
      />
      <p className="text-sm font-medium text-stone-800" data-testid="behind-count">
        {view.behindTotal === 0 ? t("noneBehind") : t("behind", { behind: view.behindTotal, total: view.studentTotal })}
      </p>
      <ClassProgressTable view={view} timeZone={timeZone} />
      <PageLinks page={view.page} pageCount={view.pageCount} hrefFor={(p) => `${href}?page=${p}`} label={t("studentPages")} />
    </div>
  );
}
