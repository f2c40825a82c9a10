import type { Metadata } from "next";
import { TimelineView } from "@/components/timeline/timeline-view";
import { PageHeading } from "@/components/ui/page-heading";
import { getTimeline } from "@/lib/server/services/lessons";

export const metadata: Metadata = { title: "Timeline" };
export const dynamic = "force-dynamic";

export default async function TimelinePage() {
  const { timeline, titles } = await getTimeline();
  return (
    <>
      <PageHeading
        title="Timeline"
        lead={`${timeline.events.length} dated events from every document, oldest first. Each links to the sentence that states it.`}
      />
      <nav aria-label="Eras" className="mb-8 flex flex-wrap gap-2 text-sm">
        {timeline.eras.map((era) => (
          <a key={era.id} href={`#era-${era.id}`} className="rounded-full border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100">
            {era.label}
          </a>
        ))}
      </nav>
      <TimelineView timeline={timeline} titles={titles} />
    </>
  );
}
