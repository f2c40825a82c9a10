import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MASTERY_LEGEND } from "@/components/progress/mastery-colour";
import { TimelineView, eraLabel } from "@/components/timeline/timeline-view";
import { StartQuizLink } from "@/components/quiz/start-quiz-link";
import { PageHeading } from "@/components/ui/page-heading";
import { getCurrentUser } from "@/lib/server/auth/session";
import { getTimeline } from "@/lib/server/services/lessons";
import { loadEventMastery } from "@/lib/server/services/progress/load-fact-mastery";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("timeline"))("title") };
}
export const dynamic = "force-dynamic";

export default async function TimelinePage() {
  const [user, t, mastered] = await Promise.all([getCurrentUser(), getTranslations("timeline"), getTranslations("mastery")]);
  const { timeline, titles } = await getTimeline(user?.id ?? null);
  const mastery = user ? await loadEventMastery(user.id, timeline, new Date()) : undefined;
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead", { count: timeline.events.length })} />
      <div className="mb-6">
        <StartQuizLink scope="timeline" />
      </div>
      <nav aria-label={t("eras")} className="mb-6 flex flex-wrap gap-2 text-sm">
        {timeline.eras.map((era) => (
          <a key={era.id} href={`#era-${era.id}`} className="rounded-full border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100">
            {eraLabel(era, t)}
          </a>
        ))}
      </nav>
      {mastery && ![...mastery.values()].some((entry) => entry.seen > 0) ? (
        <p className="mb-8 text-sm text-stone-700" data-testid="mastery-note">
          {t("masteryNote")}
        </p>
      ) : mastery ? (
        <div className="mb-8 flex flex-wrap items-center gap-4 text-sm text-stone-700" aria-label={t("masteryColours")}>
          <span className="font-medium">{t("yourMastery")}</span>
          {MASTERY_LEGEND.map((style) => (
            <span key={style.level} className="flex items-center gap-1.5">
              <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-full ${style.dotClass}`} />
              {mastered(style.level)}
            </span>
          ))}
        </div>
      ) : null}
      <TimelineView timeline={timeline} titles={titles} masteryByEvent={mastery} />
    </>
  );
}
