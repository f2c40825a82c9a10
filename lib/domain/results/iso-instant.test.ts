import { describe, expect, it } from "vitest";
import { isoInstant } from "./iso-instant";

describe("isoInstant", () => {
  it("writes every stored form of one instant as Date#toISOString does", () => {
    const expected = "2026-11-24T07:43:36.160Z";
    expect([
      "2026-11-24T07:43:36.160+00:00", // SQLite, as Prisma stores it
      "2026-11-24T07:43:36.16", // PostgreSQL's JSON: no zone, trailing zero dropped
      "2026-11-24T07:43:36.160Z",
      "2026-11-24T08:43:36.160+01:00", // another zone: converted
      Date.parse(expected), // epoch milliseconds
      BigInt(Date.parse(expected)),
      new Date(expected),
    ].map(isoInstant)).toEqual(Array(7).fill(expected));
  });

  it("pads whole seconds and reads a zoneless time as UTC", () => {
    expect(isoInstant("2027-03-01T10:00:00")).toBe("2027-03-01T10:00:00.000Z");
    expect(isoInstant("2027-03-01T10:00:00.5")).toBe("2027-03-01T10:00:00.500Z");
    expect(isoInstant("2027-03-01 10:00:00")).toBe(new Date("2027-03-01T10:00:00Z").toISOString());
  });
});
