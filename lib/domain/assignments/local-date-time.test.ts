import { describe, expect, it } from "vitest";
import { formatInstant, instantToLocalDateTime, localDateTimeToInstant } from "./local-date-time";

describe("local date-times", () => {
  it("reads a wall-clock time in the teacher's zone", () => {
    expect(localDateTimeToInstant("2027-03-09T23:59", "America/Lima")?.toISOString()).toBe("2027-03-10T04:59:00.000Z");
    expect(localDateTimeToInstant("2027-03-09T23:59", "Asia/Tokyo")?.toISOString()).toBe("2027-03-09T14:59:00.000Z");
    expect(localDateTimeToInstant("2027-03-09T23:59", "UTC")?.toISOString()).toBe("2027-03-09T23:59:00.000Z");
  });

  it("follows daylight saving time", () => {
    expect(localDateTimeToInstant("2027-01-15T12:00", "Europe/Madrid")?.toISOString()).toBe("2027-01-15T11:00:00.000Z");
    expect(localDateTimeToInstant("2027-07-15T12:00", "Europe/Madrid")?.toISOString()).toBe("2027-07-15T10:00:00.000Z");
  });

  it("refuses what is not a date-time", () => {
    expect(localDateTimeToInstant("2027-02-30T10:00", "UTC")).toBeNull();
    expect(localDateTimeToInstant("tomorrow", "UTC")).toBeNull();
    expect(localDateTimeToInstant("2027-03-09T24:00", "UTC")).toBeNull();
  });

  it("round-trips to the field's value and names the zone when shown", () => {
    const instant = new Date("2027-03-10T04:59:00Z");
    expect(instantToLocalDateTime(instant, "America/Lima")).toBe("2027-03-09T23:59");
    expect(formatInstant(instant, "America/Lima")).toBe("Tue, 9 Mar 2027, 23:59 (America/Lima)");
  });

  it("writes the due time in the reader's interface language, in their zone", () => {
    const instant = new Date("2027-03-10T04:59:00Z");
    expect(formatInstant(instant, "America/Lima", "es")).toBe("mar, 9 mar. 2027, 23:59 (America/Lima)");
    expect(formatInstant(instant, "Asia/Tokyo", "ja")).toBe("2027年3月10日(水) 13:59 (Asia/Tokyo)");
  });
});
