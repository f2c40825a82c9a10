import { addDays, dayKey, startOfWeek, UTC_ZONE, type DayKey, type DayZone } from "./calendar-day";

export interface StudyDaysOptions {
  /** 0 = Sunday, 1 = Monday (default). */
  weekStartsOn?: number;
  /** Study days wanted per week; default 4. */
  goal?: number;
  zone?: DayZone;
}

export interface StudyWeek {
  /** Seven booleans from the first day of the week (Mon..Sun by default). */
  days: boolean[];
  /** The matching calendar days. */
  dates: DayKey[];
  count: number;
  goal: number;
  met: boolean;
}

/**
 * A forgiving weekly goal instead of a streak: studying on any `goal` days
 * of the current week meets it, and a missed day never resets anything.
 */
export function studyDaysThisWeek(
  activityDates: readonly Date[],
  now: Date,
  options: StudyDaysOptions = {},
): StudyWeek {
  const zone = options.zone ?? UTC_ZONE;
  const goal = options.goal ?? 4;
  if (!Number.isInteger(goal) || goal < 1 || goal > 7) throw new RangeError(`goal must be an integer 1–7; got ${goal}.`);
  const first = startOfWeek(dayKey(now, zone), options.weekStartsOn ?? 1);
  const dates = Array.from({ length: 7 }, (_, i) => addDays(first, i));
  const today = dayKey(now, zone);
  const active = new Set(
    activityDates.filter((d) => d.getTime() <= now.getTime()).map((d) => dayKey(d, zone)),
  );
  const days = dates.map((date) => date <= today && active.has(date));
  const count = days.filter(Boolean).length;
  return { days, dates, count, goal, met: count >= goal };
}
