const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** An interval rounded to the one unit a label shows; "underAMinute" carries no count. */
export interface IntervalAmount {
  unit: "underAMinute" | "minute" | "hour" | "day" | "month" | "year";
  count: number;
}

/** One decimal only where it carries information (1.5 months, but 2). */
function compact(value: number): number {
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}

/** The unit and count a label shows for an interval. Months are 30 days and years 365 days, as in Anki. */
export function intervalAmount(ms: number): IntervalAmount {
  if (ms < MINUTE) return { unit: "underAMinute", count: 0 };
  if (ms < HOUR) return { unit: "minute", count: Math.round(ms / MINUTE) };
  if (ms < DAY) return { unit: "hour", count: Math.round(ms / HOUR) };
  const days = ms / DAY;
  if (days < 30) return { unit: "day", count: Math.round(days) };
  if (days < 365) return { unit: "month", count: compact(days / 30) };
  return { unit: "year", count: compact(days / 365) };
}

const ENGLISH_UNITS: Record<Exclude<IntervalAmount["unit"], "underAMinute">, string> = {
  minute: "min",
  hour: "h",
  day: "d",
  month: "mo",
  year: "y",
};

/**
 * Short English label for an interval (logs and tests; the screens word it in the interface's language):
 * "<1 min", "10 min", "3 h", "4 d", "2 mo", "1.2 y".
 */
export function formatInterval(ms: number): string {
  const { unit, count } = intervalAmount(ms);
  return unit === "underAMinute" ? "<1 min" : `${count} ${ENGLISH_UNITS[unit]}`;
}
