import Link from "next/link";
import { useTranslations } from "next-intl";
import { lessonHref } from "@/lib/domain/content/lesson-link";
import type { Timeline, TimelineEvent } from "@/lib/domain/timeline/build-timeline";
import type { EventMasteryView } from "@/lib/domain/timeline/views";
import { masteryStyle } from "@/components/progress/mastery-colour";

function EventItem({
  event,
  titles,
  mastery,
}: {
  event: TimelineEvent;
  titles: Map<string, string>;
  mastery?: EventMasteryView;
}) {
  const t = useTranslations("timeline");
  const mastered = useTranslations("mastery");
  const style = mastery ? masteryStyle(mastery.mastery, mastery.seen) : null;
  return (
    <li className="relative grid gap-1 pb-6 pl-6 sm:grid-cols-[9rem_1fr] sm:gap-4">
      <span
        aria-hidden="true"
        className={`absolute left-[-9px] top-1 h-4 w-4 rounded-full ${style?.dotClass ?? "border-2 border-white bg-brand-700 ring-2 ring-stone-300"}`}
      />
      <p className="pt-0.5 text-sm font-bold text-brand-800 sm:text-right" data-testid="event-date">
        {event.dateLabel}
        {/* A period sits at the year it starts; its span says why it comes where it does. */}
        {event.date.endYear && event.date.endYear !== event.date.year ? (
          <span className="block text-xs font-normal text-stone-600">
            {event.date.year}–{event.date.endYear}
          </span>
        ) : null}
      </p>
      <div className="rounded-md border border-stone-200 bg-white p-4 shadow-sm">
        {/* Every source fact gets an anchor so a lesson's highlighted date can link to its event. */}
        {event.sources.map((source) => (
          <span key={source.factId} id={`fact-${source.factId}`} className="block scroll-mt-24" />
        ))}
        <p className="text-stone-900">{event.event}</p>
        {style && mastery && mastery.seen > 0 ? <p className="mt-1 text-xs text-stone-600">{t("yourMasteryOf", { level: mastered(style.level) })}</p> : null}
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
          {event.sources.map((source) => (
            <li key={source.factId}>
              <Link href={lessonHref(source)} className="text-stone-600 underline hover:text-stone-900">
                {t("source", { title: titles.get(source.documentId) ?? source.documentId })}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}

const ERA_KEYS = ["early-contacts", "war-and-rebuilding", "fujimori-years", "twenty-first-century"] as const;
type EraKey = (typeof ERA_KEYS)[number];

/** An era's name in the reader's language; eras outside the named ones ("The 25th century") keep the domain's words. */
export function eraLabel(era: { id: string; label: string }, t: (key: `eraLabels.${EraKey}`) => string): string {
  return (ERA_KEYS as readonly string[]).includes(era.id) ? t(`eraLabels.${era.id as EraKey}`) : era.label;
}

export function TimelineView({
  timeline,
  titles,
  masteryByEvent,
}: {
  timeline: Timeline;
  titles: Map<string, string>;
  masteryByEvent?: Map<string, EventMasteryView>;
}) {
  const t = useTranslations("timeline");
  return (
    <div className="space-y-10">
      {timeline.eras.map((era) => (
        <section key={era.id} aria-labelledby={`era-${era.id}`}>
          <h2 id={`era-${era.id}`} className="sticky top-0 z-10 bg-stone-50/95 py-2 font-serif text-2xl font-semibold text-stone-950">
            {eraLabel(era, t)}
          </h2>
          <ol className="ml-2 mt-4 border-l-2 border-stone-300">
            {era.events.map((event) => (
              <EventItem key={event.id} event={event} titles={titles} mastery={masteryByEvent?.get(event.id)} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
