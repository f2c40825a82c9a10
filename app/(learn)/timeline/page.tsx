import type { Metadata } from "next";
import { MASTERY_LEGEND, masteryStyle } from "@/components/progress/mastery-colour";
import { TimelineView, type EventMastery } from "@/components/timeline/timeline-view";
import { StartQuizLink } from "@/components/quiz/start-quiz-link";
import { PageHeading } from "@/components/ui/page-heading";
import type { Timeline } from "@/lib/domain/timeline/build-timeline";
import { getCurrentUser } from "@/lib/server/auth/session";
import { getTimeline } from "@/lib/server/services/lessons";
import { loadFactMastery, type FactMasteryEntry } from "@/lib/server/services/progress/load-fact-mastery";

export const metadata: Metadata = { title: "Timeline" };
export const dynamic = "force-dynamic";

/** An event told by several sources is as well known as all their questions together. */
function masteryByEvent(timeline: Timeline, facts: Map<string, FactMasteryEntry>): Map<string, EventMastery> {
  const result = new Map<string, EventMastery>();
  for (const event of timeline.events) {
    const entries = event.sources.flatMap((source) => facts.get(source.factId) ?? []);
    const total = entries.reduce((sum, entry) => sum + entry.total, 0);
    if (total === 0) continue; // no questions on this event: nothing to colour
    const seen = entries.reduce((sum, entry) => sum + entry.seen, 0);
    const mastery = entries.reduce((sum, entry) => sum + entry.mastery * entry.total, 0) / total;
    const style = masteryStyle(mastery, seen);
    result.set(event.id, { dotClass: style.dotClass, label: style.label });
  }
  return result;
}

export default async function TimelinePage() {
  const [{ timeline, titles }, user] = await Promise.all([getTimeline(), getCurrentUser()]);
  const mastery = user ? masteryByEvent(timeline, await loadFactMastery(user.id, new Date())) : undefined;
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
      {mastery ? (
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
