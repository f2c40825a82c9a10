import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { StudyScopeNav } from "@/components/flashcard/study-scope-nav";
import { StudySession } from "@/components/flashcard/study-session";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/server/auth/session";
import { getStudySession } from "@/lib/server/services/flashcards/study-session";
import { currentUserZone } from "@/lib/server/user-zone";
import { getStudySettings } from "@/lib/server/services/flashcards/study-settings";
import { listLessons } from "@/lib/server/services/lessons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("study"))("title") };
}

const NOTICES = ["stale", "not-found", "invalid"] as const;
const isNotice = (value: unknown): value is (typeof NOTICES)[number] => (NOTICES as readonly unknown[]).includes(value);

type StudySearchParams = { lesson?: string | string[]; card?: string | string[]; show?: string | string[]; notice?: string | string[] };

export default async function StudyPage({ searchParams }: { searchParams: Promise<StudySearchParams> }) {
  const { lesson, card, show, notice } = await searchParams;
  const showCardId = typeof card === "string" && card !== "" ? card : undefined;
  const documentId = typeof lesson === "string" && lesson !== "" ? lesson : null;
  const user = await requireUser(documentId ? `/study?lesson=${encodeURIComponent(documentId)}` : "/study");
  const lessons = (await listLessons(user.id)).map((item) => ({ id: item.slug, title: item.title }));
  const current = documentId ? lessons.find((item) => item.id === documentId) : null;
  if (documentId && !current) notFound();

  const t = await getTranslations("study");
  const now = new Date();
  const [session, settings] = await Promise.all([getStudySession(user.id, { documentId }, now, { zone: await currentUserZone(), showCardId }), getStudySettings(user.id)]);
  // A new key when the server's view changes, so router.refresh() (a card fell due) remounts the session.
  const key = `${documentId ?? "all"}:${session.card?.cardId ?? "none"}:${session.card?.version ?? ""}:${session.counts.due}:${session.counts.newLeft}`;
  const revealed = show === "1" && session.card !== null && session.card.cardId === showCardId;

  return (
    <div className="space-y-4 sm:space-y-6">
      <PageHeading
        compact
        title={current ? t("titleForLesson", { lesson: current.title }) : t("title")}
        lead={
          <>
            {t("lead")}{" "}
            <Link href="/settings" className="font-medium text-brand-700 underline">
              {t("settings")}
            </Link>
          </>
        }
      />
      <StudySession
        key={key}
        initial={session}
        keyboardShortcuts={settings.keyboardShortcuts}
        revealed={revealed}
        initialNotice={isNotice(notice) ? t(`notices.${notice}`) : null}
      />
      {/* Below the card: on a phone the card and its Show answer come first. */}
      {lessons.length > 1 ? <StudyScopeNav lessons={lessons} current={documentId} /> : null}
    </div>
  );
}
