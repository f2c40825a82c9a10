import { describe, expect, it } from "vitest";
import { dueForecast, type ForecastCard } from "./due-forecast";
import { reviewsPerDay } from "./reviews-per-day";

const review = (iso: string): ForecastCard => ({ due: new Date(iso), state: "review" });

describe("dueForecast", () => {
  const now = new Date("2024-05-10T12:00:00Z");
  const cards: ForecastCard[] = [
    review("2024-04-01T00:00:00Z"), // long overdue → today
    review("2024-05-10T23:30:00Z"), // later today (UTC)
    review("2024-05-11T02:00:00Z"), // tomorrow in UTC, still today in Lima
    review("2024-05-16T10:00:00Z"), // day 7
    review("2024-05-17T10:00:00Z"), // beyond the horizon
    { due: new Date("2024-05-10T09:00:00Z"), state: "new" }, // never studied: not workload
    { due: new Date("2024-05-12T09:00:00Z"), state: "learning" },
  ];

  it("buckets by UTC day with overdue counted today", () => {
    expect(dueForecast(cards, now)).toEqual([
      { date: "2024-05-10", count: 2 },
      { date: "2024-05-11", count: 1 },
      { date: "2024-05-12", count: 1 },
      { date: "2024-05-13", count: 0 },
      { date: "2024-05-14", count: 0 },
      { date: "2024-05-15", count: 0 },
      { date: "2024-05-16", count: 1 },
    ]);
  });

  it("buckets by the user's day across midnight (Lima, UTC-5)", () => {
    const forecast = dueForecast(cards, now, { days: 3, zone: { timeZone: "America/Lima" } });
    expect(forecast).toEqual([
      { date: "2024-05-10", count: 3 },
      { date: "2024-05-11", count: 0 },
      { date: "2024-05-12", count: 1 },
    ]);
  });

  it("uses the user's today, which may differ from UTC's (Tokyo, UTC+9, after local midnight)", () => {
    const lateUtc = new Date("2024-05-10T16:00:00Z"); // 01:00 on the 11th in Tokyo
    const tokyoCards = [
      review("2024-05-10T14:00:00Z"), // 23:00 on the 10th in Tokyo: overdue, counts today
      review("2024-05-11T16:00:00Z"), // 01:00 on the 12th in Tokyo
    ];
    expect(dueForecast(tokyoCards, lateUtc, { days: 2, zone: { utcOffsetMinutes: 540 } })).toEqual([
      { date: "2024-05-11", count: 1 },
      { date: "2024-05-12", count: 1 },
    ]);
    expect(dueForecast(tokyoCards, lateUtc, { days: 2 })).toEqual([
      { date: "2024-05-10", count: 1 },
      { date: "2024-05-11", count: 1 },
    ]);
  });
});

describe("reviewsPerDay", () => {
  const now = new Date("2024-05-10T12:00:00Z");
  const logs = [
    "2024-05-10T01:00:00Z",
    "2024-05-10T04:59:00Z",
    "2024-05-10T05:00:00Z",
    "2024-05-09T23:00:00Z",
    "2024-05-08T12:00:00Z",
    "2024-04-01T12:00:00Z", // outside the window
    "2024-05-10T18:00:00Z", // in the future: ignored
  ].map((iso) => ({ reviewedAt: new Date(iso) }));

  it("counts per UTC day, oldest first, ending today", () => {
    const series = reviewsPerDay(logs, now, { days: 3 });
    expect(series).toEqual([
      { date: "2024-05-08", count: 1 },
      { date: "2024-05-09", count: 1 },
      { date: "2024-05-10", count: 3 },
    ]);
  });

  it("moves reviews before local midnight to the previous day (Lima)", () => {
    const series = reviewsPerDay(logs, now, { days: 3, zone: { timeZone: "America/Lima" } });
    expect(series).toEqual([
      { date: "2024-05-08", count: 1 },
      { date: "2024-05-09", count: 3 },
      { date: "2024-05-10", count: 1 },
    ]);
  });

  it("defaults to 30 days", () => {
    const series = reviewsPerDay(logs, now);
    expect(series).toHaveLength(30);
    expect(series[0]?.date).toBe("2024-04-11");
    expect(series.reduce((s, d) => s + d.count, 0)).toBe(5);
  });
});
