import { addDays, type DayKey } from "./calendar-day";

export interface DayCount {
  date: DayKey;
  count: number;
}

/** `length` consecutive days starting at `first`, all counts 0: the x-axis of a chart. */
export function emptyDaySeries(first: DayKey, length: number): DayCount[] {
  if (!Number.isInteger(length) || length < 1) throw new RangeError(`days must be a positive integer; got ${length}.`);
  return Array.from({ length }, (_, i) => ({ date: addDays(first, i), count: 0 }));
}
