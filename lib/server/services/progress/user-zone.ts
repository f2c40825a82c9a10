import "server-only";

/** The cookie the progress page's client sets to the browser's IANA time zone. */
export const TIME_ZONE_COOKIE = "tz";

/**
 * The learner's time zone from the `tz` cookie, if it names a zone this runtime knows; UTC otherwise.
 * Returned as the domain's DayZone shape, so charts count days the way the learner lives them.
 */
export function zoneFromCookie(value: string | undefined): { timeZone: string } {
  if (!value || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) return { timeZone: "UTC" };
  try {
    return { timeZone: new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone };
  } catch {
    return { timeZone: "UTC" };
  }
}
