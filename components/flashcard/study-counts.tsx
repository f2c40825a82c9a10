import type { StudyCountsView } from "@/lib/domain/flashcards/views";

/** "Due 3 · New left today 17": what is left of this session. */
export function StudyCounts({ counts }: { counts: StudyCountsView }) {
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-700" data-testid="study-counts">
      <div className="flex gap-1">
        <dt>Due</dt>
        <dd className="font-semibold text-stone-950" data-testid="count-due">
          {counts.due}
        </dd>
      </div>
      <div className="flex gap-1">
        <dt>New left today</dt>
        <dd className="font-semibold text-stone-950" data-testid="count-new">
          {counts.newLeft}
        </dd>
      </div>
      <div className="flex gap-1 text-stone-600">
        <dt>New cards started today</dt>
        <dd>
          {counts.newIntroducedToday} of {counts.newCardsPerDay}
        </dd>
      </div>
    </dl>
  );
}
