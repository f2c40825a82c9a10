import "server-only";
import { cookies } from "next/headers";

/** The cookie the layout's client component sets to the browser's IANA time zone. */
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

/** The signed-in learner's zone for "today": the browser's, once the layout has told the server. */
export async function currentUserZone(): Promise<{ timeZone: string }> {
  return zoneFromCookie((await cookies()).get(TIME_ZONE_COOKIE)?.value);
}
