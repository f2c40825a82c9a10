/**
 * Which calendar a user's "day" follows: an IANA zone (DST-aware, preferred)
 * or a fixed offset from UTC in minutes (e.g. -300 for Lima). Default: UTC.
 */
export type DayZone = { timeZone: string } | { utcOffsetMinutes: number };

export const UTC_ZONE: DayZone = { utcOffsetMinutes: 0 };

/** A calendar day as "YYYY-MM-DD". */
export type DayKey = string;

const DAY_MS = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      });
    } catch {
      throw new RangeError(`Unknown time zone "${timeZone}".`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function keyFromUtcParts(d: Date): DayKey {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The calendar day `date` falls on in `zone`. */
export function dayKey(date: Date, zone: DayZone = UTC_ZONE): DayKey {
  if ("utcOffsetMinutes" in zone) {
    if (!Number.isFinite(zone.utcOffsetMinutes)) throw new RangeError("utcOffsetMinutes must be a finite number.");
    return keyFromUtcParts(new Date(date.getTime() + zone.utcOffsetMinutes * 60_000));
  }
  const parts = formatterFor(zone.timeZone).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year").padStart(4, "0")}-${get("month")}-${get("day")}`;
}

function keyToUtcMs(key: DayKey): number {
  const [y, m, d] = key.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Calendar arithmetic on day keys (no time zone involved: a day is a day). */
export function addDays(key: DayKey, days: number): DayKey {
  return keyFromUtcParts(new Date(keyToUtcMs(key) + days * DAY_MS));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(key: DayKey): number {
  return new Date(keyToUtcMs(key)).getUTCDay();
}

/** First day of the week containing `key`, for weeks starting on `weekStartsOn` (0 = Sunday, 1 = Monday). */
export function startOfWeek(key: DayKey, weekStartsOn: number): DayKey {
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new RangeError(`weekStartsOn must be an integer 0–6; got ${weekStartsOn}.`);
  }
  return addDays(key, -((weekdayOf(key) - weekStartsOn + 7) % 7));
}
