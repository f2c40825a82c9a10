// How results figures read on screen.
import type { StudentStatus } from "@/lib/domain/assignments/student-status";
import { formatLocaleOf } from "@/lib/domain/i18n/locales";

export const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

export const signed = (value: number | null) => (value === null ? "—" : value.toFixed(2));

/** Time spent as whole minutes, or hours and minutes; null when none was spent (shown as "—"). */
export function durationParts(ms: number): { hours: number; minutes: number } | null {
  if (ms <= 0) return null;
  const minutes = Math.round(ms / 60_000);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

export const STATUS_LABEL: Record<StudentStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  submitted: "Submitted",
  late: "Submitted late",
  missing: "Missing",
};

export const STATUS_CLASS: Record<StudentStatus, string> = {
  "not-started": "border-stone-300 bg-stone-100 text-stone-800",
  "in-progress": "border-sky-300 bg-sky-50 text-sky-900",
  submitted: "border-emerald-300 bg-emerald-50 text-emerald-900",
  late: "border-amber-300 bg-amber-50 text-amber-900",
  missing: "border-red-300 bg-red-50 text-red-800",
};

/** Dates in a results table, in the reader's zone and interface language. */
export function dateTimeFormat(timeZone: string, locale: string) {
  return new Intl.DateTimeFormat(formatLocaleOf(locale), { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone });
}
