import type { CardStateName } from "../scheduling/card-state";
import { dayKey, UTC_ZONE, type DayZone } from "./calendar-day";
import { emptyDaySeries, type DayCount } from "./day-series";

export interface ForecastCard {
  due: Date;
  state: CardStateName;
}

export interface DayOptions {
  days?: number;
  zone?: DayZone;
}

/**
 * Cards falling due on each of the next `days` days (default 7) in the
 * user's zone, today first. Today includes everything overdue. Never-studied
 * ("new") cards are not workload yet, so they are left out.
 */
export function dueForecast(cards: readonly ForecastCard[], now: Date, options: DayOptions = {}): DayCount[] {
  const zone = options.zone ?? UTC_ZONE;
  const series = emptyDaySeries(dayKey(now, zone), options.days ?? 7);
  const index = new Map(series.map((d, i) => [d.date, i]));
  const today = series[0]?.date ?? "";
  for (const card of cards) {
    if (card.state === "new") continue;
    const key = dayKey(card.due, zone);
    const slot = key < today ? 0 : index.get(key);
    const entry = slot === undefined ? undefined : series[slot];
    if (entry) entry.count++;
  }
  return series;
}
