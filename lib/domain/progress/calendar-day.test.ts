import { describe, expect, it } from "vitest";
import { addDays, dayKey, startOfWeek, weekdayOf } from "./calendar-day";

const LIMA = { timeZone: "America/Lima" };
const TOKYO = { timeZone: "Asia/Tokyo" };

describe("dayKey", () => {
  const instant = new Date("2024-05-10T03:30:00Z");
  it("depends on the zone", () => {
    expect(dayKey(instant)).toBe("2024-05-10");
    expect(dayKey(instant, LIMA)).toBe("2024-05-09");
    expect(dayKey(instant, TOKYO)).toBe("2024-05-10");
    expect(dayKey(instant, { utcOffsetMinutes: -300 })).toBe("2024-05-09");
    expect(dayKey(new Date("2024-05-10T15:00:00Z"), TOKYO)).toBe("2024-05-11");
  });

  it("follows daylight saving time with an IANA zone", () => {
    // New York is UTC-4 in summer, UTC-5 in winter.
    expect(dayKey(new Date("2024-07-01T03:30:00Z"), { timeZone: "America/New_York" })).toBe("2024-06-30");
    expect(dayKey(new Date("2024-01-01T04:30:00Z"), { timeZone: "America/New_York" })).toBe("2023-12-31");
    expect(dayKey(new Date("2024-01-01T05:30:00Z"), { timeZone: "America/New_York" })).toBe("2024-01-01");
  });

  it("rejects an unknown zone clearly", () => {
    expect(() => dayKey(new Date(0), { timeZone: "Mars/Olympus" })).toThrow(/Unknown time zone/);
  });
});

describe("day arithmetic", () => {
  it("adds days across months and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
  });

  it("finds weekdays and week starts", () => {
    expect(weekdayOf("2024-05-12")).toBe(0); // Sunday
    expect(startOfWeek("2024-05-12", 1)).toBe("2024-05-06");
    expect(startOfWeek("2024-05-12", 0)).toBe("2024-05-12");
    expect(startOfWeek("2024-05-06", 1)).toBe("2024-05-06");
    expect(() => startOfWeek("2024-05-06", 7)).toThrow(RangeError);
  });
});
