import { useTranslations } from "next-intl";
import type { StudyStreak } from "@/lib/domain/progress";

/** A small flame for the study-day streak, and a marked milestone on the day one is reached. Quiet otherwise. */
export function StreakMark({ streak }: { streak: StudyStreak }) {
  const t = useTranslations("streak");
  if (streak.days === 0) return null;
  const milestone = streak.reachedToday;
  return (
    <div className="space-y-2" data-testid="streak">
      <p className="flex items-center gap-2 text-stone-800">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4 shrink-0 fill-amber-600">
          <path d="M8 1c.4 2.3 3.6 3.7 3.6 7.4A3.6 3.6 0 0 1 8 12a3.6 3.6 0 0 1-3.6-3.6c0-1.4.7-2.4 1.4-3.1.1 1 .6 1.9 1.4 2.2C7 5.4 7.2 3 8 1Z" />
          <path d="M3 9.5A5 5 0 0 0 13 9.5c0 2.8-2.2 5.5-5 5.5s-5-2.7-5-5.5Z" opacity=".45" />
        </svg>
        <span data-testid="streak-days">
          {streak.studiedToday ? t("days", { count: streak.days }) : t("keepItGoing", { count: streak.days })}
        </span>
      </p>
      {milestone ? (
        <p role="status" className="milestone-pop rounded-md bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900 ring-1 ring-amber-200" data-testid="milestone">
          {milestone.kind === "streak-days" ? t("streakMilestone", { count: milestone.value }) : t("cardsMilestone", { count: milestone.value })}
        </p>
      ) : null}
    </div>
  );
}
