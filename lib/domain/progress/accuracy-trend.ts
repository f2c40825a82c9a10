import { addDays, dayKey, startOfWeek, UTC_ZONE, type DayKey, type DayZone } from "./calendar-day";

/** A graded event: a quiz answer, or a flashcard review (correct = rating is not "again"). */
export interface GradedEvent {
  at: Date;
  correct: boolean;
}

export interface WeekAccuracy {
  /** First day of the week. */
  weekStart: DayKey;
  total: number;
  correct: number;
  /** correct / total; null when the week has no data, so charts show a gap rather than 0%. */
  accuracy: number | null;
}

export interface AccuracyTrendOptions {
  /** Number of weeks, ending with the current one. Default 5 (covers the last 30 days). */
  weeks?: number;
  weekStartsOn?: number;
  zone?: DayZone;
}

/** Per-week accuracy, oldest week first. Events in the future are ignored. */
export function accuracyTrend(
  events: readonly GradedEvent[],
  now: Date,
  options: AccuracyTrendOptions = {},
): WeekAccuracy[] {
  const zone = options.zone ?? UTC_ZONE;
  const weekStartsOn = options.weekStartsOn ?? 1;
  const weeks = options.weeks ?? 5;
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError(`weeks must be a positive integer; got ${weeks}.`);

  const current = startOfWeek(dayKey(now, zone), weekStartsOn);
  const buckets = Array.from({ length: weeks }, (_, i) => ({
    weekStart: addDays(current, -7 * (weeks - 1 - i)),
    total: 0,
    correct: 0,
  }));
  const index = new Map(buckets.map((b, i) => [b.weekStart, i]));

  for (const event of events) {
    if (event.at.getTime() > now.getTime()) continue;
    const slot = index.get(startOfWeek(dayKey(event.at, zone), weekStartsOn));
    const bucket = slot === undefined ? undefined : buckets[slot];
    if (!bucket) continue;
    bucket.total++;
    if (event.correct) bucket.correct++;
  }
  return buckets.map((b) => ({ ...b, accuracy: b.total === 0 ? null : b.correct / b.total }));
}
