import { describe, expect, it } from "vitest";
import { accuracyTrend } from "./accuracy-trend";

// Friday 10 May 2024, noon UTC. Weeks start Monday: 6 May, 29 Apr, 22 Apr…
const now = new Date("2024-05-10T12:00:00Z");
const ev = (iso: string, correct: boolean) => ({ at: new Date(iso), correct });

describe("accuracyTrend", () => {
  const events = [
    ev("2024-05-06T00:00:00Z", true),
    ev("2024-05-09T10:00:00Z", false),
    ev("2024-05-10T11:00:00Z", true),
    ev("2024-05-05T23:59:00Z", true), // Sunday: previous week
    ev("2024-04-24T10:00:00Z", false),
    ev("2024-04-25T10:00:00Z", false),
    ev("2024-04-26T10:00:00Z", true),
    ev("2024-04-27T10:00:00Z", true),
    ev("2024-05-11T10:00:00Z", true), // future: ignored
  ];

  it("groups by week with counts, null for empty weeks", () => {
    expect(accuracyTrend(events, now, { weeks: 4 })).toEqual([
      { weekStart: "2024-04-15", total: 0, correct: 0, accuracy: null },
      { weekStart: "2024-04-22", total: 4, correct: 2, accuracy: 0.5 },
      { weekStart: "2024-04-29", total: 1, correct: 1, accuracy: 1 },
      { weekStart: "2024-05-06", total: 3, correct: 2, accuracy: 2 / 3 },
    ]);
  });

  it("defaults to 5 weeks", () => {
    expect(accuracyTrend([], now)).toHaveLength(5);
  });

  it("respects the zone and week start (Lima, Sunday weeks)", () => {
    // 2024-05-06T00:00Z is Sunday 5 May 19:00 in Lima → week starting Sunday 5 May.
    const trend = accuracyTrend(events, now, { weeks: 1, weekStartsOn: 0, zone: { timeZone: "America/Lima" } });
    expect(trend).toEqual([{ weekStart: "2024-05-05", total: 4, correct: 3, accuracy: 0.75 }]);
  });
});
