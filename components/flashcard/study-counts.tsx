import { useTranslations } from "next-intl";
import type { StudyCountsView } from "@/lib/domain/flashcards/views";

/** "Due 3 · New left today 17": what is left of this session. */
export function StudyCounts({ counts }: { counts: StudyCountsView }) {
  const t = useTranslations("study");
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700 sm:gap-x-6" data-testid="study-counts">
      <div className="flex gap-1">
        <dt>{t("due")}</dt>
        <dd className="font-semibold text-stone-950" data-testid="count-due">
          {counts.due}
        </dd>
      </div>
      <div className="flex gap-1">
        <dt>{t("newLeft")}</dt>
        <dd className="font-semibold text-stone-950" data-testid="count-new">
          {counts.newLeft}
        </dd>
      </div>
      <div className="hidden gap-1 text-stone-600 sm:flex">
        <dt>{t("newStarted")}</dt>
        <dd>{t("newStartedCount", { count: counts.newIntroducedToday, limit: counts.newCardsPerDay })}</dd>
      </div>
    </dl>
  );
}
