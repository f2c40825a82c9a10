import { DEFAULT_LOCALE, formatLocaleOf } from "../i18n/locales";

// A teacher types dates in their own time zone (datetime-local fields); rows store instants.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Minutes `timeZone` is ahead of UTC at `instant` (Lima: -300). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** "2027-03-09T23:59" in `timeZone` as an instant; null when the text is not such a date-time. */
export function localDateTimeToInstant(text: string, timeZone: string): Date | null {
  const m = LOCAL.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // Two passes settle the offset across a daylight-saving change.
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant);
}

/** The value a datetime-local field shows for `instant` in `timeZone`: "2027-03-09T23:59". */
export function instantToLocalDateTime(instant: Date, timeZone: string): string {
  const p = Object.fromEntries(partsFormatter(timeZone).formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * "Tue, 9 Mar 2027, 23:59 (America/Lima)": a due time in the reader's own zone, zone named, in the reader's
 * interface language ("mar, 9 mar 2027, 23:59", "2027年3月9日(火) 23:59").
 */
export function formatInstant(instant: Date, timeZone: string, locale: string = DEFAULT_LOCALE): string {
  const text = new Intl.DateTimeFormat(formatLocaleOf(locale), {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
  return `${text} (${timeZone})`;
}
