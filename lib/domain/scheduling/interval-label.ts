const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One decimal only where it carries information ("1.5 mo", but "2 mo"). */
function compact(value: number): string {
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return String(rounded);
}

/**
 * Short label for an interval, shown under each answer button:
 * "<1 min", "10 min", "3 h", "4 d", "2 mo", "1.2 y".
 * Months are 30 days and years 365 days, as in Anki.
 */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) return "<1 min";
  if (ms < HOUR) return `${Math.round(ms / MINUTE)} min`;
  if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)} d`;
  if (days < 365) return `${compact(days / 30)} mo`;
  return `${compact(days / 365)} y`;
}
