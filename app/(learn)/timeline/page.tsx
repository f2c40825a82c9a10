import type { Metadata } from "next";
import { MASTERY_LEGEND } from "@/components/progress/mastery-colour";
import { TimelineView } from "@/components/timeline/timeline-view";
import { StartQuizLink } from "@/components/quiz/start-quiz-link";
import { PageHeading } from "@/components/ui/page-heading";
import { getCurrentUser } from "@/lib/server/auth/session";
import { getTimeline } from "@/lib/server/services/lessons";
import { loadEventMastery } from "@/lib/server/services/progress/load-fact-mastery";

export const metadata: Metadata = { title: "Timeline" };
export const dynamic = "force-dynamic";

export default async function TimelinePage() {
  const user = await getCurrentUser();
  const { timeline, titles } = await getTimeline(user?.id ?? null);
  const mastery = user ? await loadEventMastery(user.id, timeline, new Date()) : undefined;
  return (
    <>
      <PageHeading
        title="Timeline"
        lead={`${timeline.events.length} dated events from every document, oldest first. Each links to the sentence that states it.`}
      />
      <div className="mb-6">
        <StartQuizLink scope="timeline" />
      </div>
      <nav aria-label="Eras" className="mb-6 flex flex-wrap gap-2 text-sm">
        {timeline.eras.map((era) => (
          <a key={era.id} href={`#era-${era.id}`} className="rounded-full border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100">
            {era.label}
          </a>
        ))}
      </nav>
      {mastery && ![...mastery.values()].some((entry) => entry.seen > 0) ? (
        <p className="mb-8 text-sm text-stone-700" data-testid="mastery-note">
          Your mastery: you haven’t studied these events yet. Their dots colour in as you review their cards.
        </p>
      ) : mastery ? (
        <div className="mb-8 flex flex-wrap items-center gap-4 text-sm text-stone-700" aria-label="Mastery colours">
          <span className="font-medium">Your mastery:</span>
          {MASTERY_LEGEND.map((style) => (
            <span key={style.level} className="flex items-center gap-1.5">
              <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-full ${style.dotClass}`} />
              {style.label}
            </span>
          ))}
        </div>
      ) : null}
      <TimelineView timeline={timeline} titles={titles} masteryByEvent={mastery} />
    </>
  );
}
