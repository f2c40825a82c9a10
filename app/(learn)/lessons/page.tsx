import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LessonCard } from "@/components/lesson/lesson-card";
import { PageHeading } from "@/components/ui/page-heading";
import { listLessons } from "@/lib/server/services/lessons";
import { getCurrentUser } from "@/lib/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lessons"))("title") };
}
export const dynamic = "force-dynamic";

export default async function LessonsPage() {
  const [lessons, t] = await Promise.all([listLessons((await getCurrentUser())?.id ?? null), getTranslations("lessons")]);
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      {lessons.length === 0 ? (
        <p className="text-stone-700">{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {lessons.map((lesson) => (
            <LessonCard key={lesson.slug} lesson={lesson} />
          ))}
        </ul>
      )}
    </>
  );
}
