import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StudySettingsForm } from "@/components/settings/study-settings-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/server/auth/session";
import { getStudySettings, workloadRatios } from "@/lib/server/services/flashcards/study-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("metaTitle") };
}

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [settings, t] = await Promise.all([getStudySettings(user.id), getTranslations("settings")]);
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      <StudySettingsForm initial={settings} workloadRatios={workloadRatios()} />
    </div>
  );
}
