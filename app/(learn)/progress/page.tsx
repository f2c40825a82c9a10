import type { Metadata } from "next";
import { ProgressDashboard } from "@/components/progress/progress-dashboard";
import { ProgressEmptyState } from "@/components/progress/progress-empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/server/auth/session";
import { loadDashboard } from "@/lib/server/services/progress/load-dashboard";
import { currentUserZone } from "@/lib/server/user-zone";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const zone = await currentUserZone();
  const dashboard = await loadDashboard(user.id, new Date(), zone);
  return (
    <div>
      <PageHeading
        title="Your progress"
        lead={
          <>
            What is due, how your answers are going, and which lessons you know best. Days follow your time zone (
            {zone.timeZone}).
          </>
        }
      />
      {dashboard.isEmpty ? <ProgressEmptyState /> : <ProgressDashboard dashboard={dashboard} timeZone={zone.timeZone} />}
    </div>
  );
}
