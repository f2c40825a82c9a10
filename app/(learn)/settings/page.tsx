import type { Metadata } from "next";
import { StudySettingsForm } from "@/components/settings/study-settings-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/server/auth/session";
import { getStudySettings, workloadLines } from "@/lib/server/services/flashcards/study-settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const settings = await getStudySettings(user.id);
  return (
    <div>
      <PageHeading title="Study settings" lead="How flashcards are scheduled for you. Changes apply to your next rating." />
      <StudySettingsForm initial={settings} workloadLines={workloadLines()} />
    </div>
  );
}
