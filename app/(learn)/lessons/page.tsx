import type { Metadata } from "next";
import { LessonCard } from "@/components/lesson/lesson-card";
import { PageHeading } from "@/components/ui/page-heading";
import { listLessons } from "@/lib/server/services/lessons";
import { getCurrentUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Lessons" };
export const dynamic = "force-dynamic";

export default async function LessonsPage() {
  const lessons = await listLessons((await getCurrentUser())?.id ?? null);
  return (
    <>
      <PageHeading
        title="Lessons"
        lead="Each lesson is one source document, with its dates marked. Read it, then test yourself on what it says."
      />
      {lessons.length === 0 ? (
        <p className="text-stone-700">No lessons yet: load the content with `npm run content:ingest`.</p>
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
