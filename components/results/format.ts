// How results figures read on screen.
import type { StudentStatus } from "@/lib/domain/assignments/student-status";

export const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

export const signed = (value: number | null) => (value === null ? "—" : value.toFixed(2));

export function duration(ms: number): string {
  if (ms <= 0) return "—";
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "under 1 min";
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
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

export function dateTimeFormat(timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone });
}
