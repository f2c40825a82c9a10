import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgressDashboard } from "@/components/progress/progress-dashboard";
import { ProgressEmptyState } from "@/components/progress/progress-empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/server/auth/session";
import { loadDashboard } from "@/lib/server/services/progress/load-dashboard";
import { currentUserZone } from "@/lib/server/user-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("progress"))("metaTitle") };
}

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const [zone, t] = await Promise.all([currentUserZone(), getTranslations("progress")]);
  const dashboard = await loadDashboard(user.id, new Date(), zone);
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead", { zone: zone.timeZone })} />
      {dashboard.isEmpty ? <ProgressEmptyState /> : <ProgressDashboard dashboard={dashboard} timeZone={zone.timeZone} />}
    </div>
  );
}
