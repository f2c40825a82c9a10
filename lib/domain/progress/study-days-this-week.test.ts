import { describe, expect, it } from "vitest";
import { studyDaysThisWeek } from "./study-days-this-week";

// Thursday 9 May 2024.
const now = new Date("2024-05-09T15:00:00Z");
const d = (iso: string) => new Date(iso);

describe("studyDaysThisWeek", () => {
  it("marks Mon..Sun and meets the goal with any 4 days", () => {
    const week = studyDaysThisWeek(
      [
        d("2024-05-05T10:00:00Z"), // last Sunday: previous week
        d("2024-05-06T08:00:00Z"),
        d("2024-05-06T20:00:00Z"), // same day twice counts once
        d("2024-05-07T08:00:00Z"),
        d("2024-05-09T08:00:00Z"),
      ],
      now,
    );
    expect(week).toEqual({
      days: [true, true, false, true, false, false, false],
      dates: ["2024-05-06", "2024-05-07", "2024-05-08", "2024-05-09", "2024-05-10", "2024-05-11", "2024-05-12"],
      count: 3,
      goal: 4,
      met: false,
    });
  });

  it("is met once the goal is reached, missed days do not matter", () => {
    const week = studyDaysThisWeek(
      ["2024-05-06", "2024-05-08", "2024-05-09"].map((s) => d(`${s}T12:00:00Z`)),
      now,
      { goal: 3 },
    );
    expect(week.met).toBe(true);
    expect(week.days).toEqual([true, false, true, true, false, false, false]);
  });

  it("uses the user's zone and week start", () => {
    // 02:00Z Monday is still Sunday evening in Lima; with Sunday weeks it is the first day.
    const week = studyDaysThisWeek([d("2024-05-06T02:00:00Z")], now, {
      weekStartsOn: 0,
      zone: { timeZone: "America/Lima" },
    });
    expect(week.dates[0]).toBe("2024-05-05");
    expect(week.days[0]).toBe(true);
    expect(week.count).toBe(1);
  });

  it("ignores activity in the future and validates the goal", () => {
    expect(studyDaysThisWeek([d("2024-05-10T12:00:00Z")], now).count).toBe(0);
    expect(() => studyDaysThisWeek([], now, { goal: 0 })).toThrow(RangeError);
  });
});
