import { addDays, dayKey, UTC_ZONE } from "./calendar-day";
import { emptyDaySeries, type DayCount } from "./day-series";
import type { DayOptions } from "./due-forecast";

/**
 * Reviews done on each of the last `days` days (default 30) in the user's
 * zone, oldest first and ending today. Reviews in the future are ignored.
 */
export function reviewsPerDay(
  reviewLogs: readonly { reviewedAt: Date }[],
  now: Date,
  options: DayOptions = {},
): DayCount[] {
  const zone = options.zone ?? UTC_ZONE;
  const days = options.days ?? 30;
  const series = emptyDaySeries(addDays(dayKey(now, zone), -(days - 1)), days);
  const index = new Map(series.map((d, i) => [d.date, i]));
  for (const log of reviewLogs) {
    if (log.reviewedAt.getTime() > now.getTime()) continue;
    const slot = index.get(dayKey(log.reviewedAt, zone));
    const entry = slot === undefined ? undefined : series[slot];
    if (entry) entry.count++;
  }
  return series;
}
