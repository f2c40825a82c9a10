import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StudyScopeNav } from "@/components/flashcard/study-scope-nav";
import { StudySession } from "@/components/flashcard/study-session";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/server/auth/session";
import { getStudySession } from "@/lib/server/services/flashcards/study-session";
import { currentUserZone } from "@/lib/server/user-zone";
import { getStudySettings } from "@/lib/server/services/flashcards/study-settings";
import { listLessons } from "@/lib/server/services/lessons";

export const metadata: Metadata = { title: "Flashcards" };

export default async function StudyPage({ searchParams }: { searchParams: Promise<{ lesson?: string | string[] }> }) {
  const { lesson } = await searchParams;
  const documentId = typeof lesson === "string" && lesson !== "" ? lesson : null;
  const user = await requireUser(documentId ? `/study?lesson=${encodeURIComponent(documentId)}` : "/study");
  const lessons = (await listLessons()).map((item) => ({ id: item.slug, title: item.title }));
  const current = documentId ? lessons.find((item) => item.id === documentId) : null;
  if (documentId && !current) notFound();

  const now = new Date();
  const [session, settings] = await Promise.all([getStudySession(user.id, { documentId }, now, { zone: await currentUserZone() }), getStudySettings(user.id)]);
  // A new key when the server's view changes, so router.refresh() (a card fell due) remounts the session.
  const key = `${documentId ?? "all"}:${session.card?.cardId ?? "none"}:${session.card?.version ?? ""}:${session.counts.due}:${session.counts.newLeft}`;

  return (
    <div className="space-y-6">
      <PageHeading
        title={current ? `Flashcards: ${current.title}` : "Flashcards"}
        lead={
          <>
            Cards you are about to forget come first, then new ones. Every answer quotes its source.{" "}
            <Link href="/settings" className="font-medium text-brand-700 underline">
              Study settings
            </Link>
          </>
        }
      />
      {lessons.length > 1 ? <StudyScopeNav lessons={lessons} current={documentId} /> : null}
      <StudySession key={key} initial={session} keyboardShortcuts={settings.keyboardShortcuts} />
    </div>
  );
}
