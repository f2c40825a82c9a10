import { describe, expect, it } from "vitest";
import { parseLooseDate } from "./loose-date";
import { normalizeAnswer } from "./normalize-answer";

describe("normalizeAnswer", () => {
  it.each([
    ["  Sakura   Maru ", "sakura maru"],
    ["Lima.", "lima"],
    ["Lima?!", "lima"],
    ["23,000", "23000"],
    ["1,234,567 people", "1234567 people"],
    ["3,5", "3,5"],
    ["１８９９", "1899"],
    ["TRUE", "true"],
    ["Callao、", "callao"],
  ])("%j → %j", (input, output) => {
    expect(normalizeAnswer(input)).toBe(output);
  });
});

describe("parseLooseDate", () => {
  const april3 = { year: 1899, month: 4, day: 3 };
  it.each([
    ["1899-04-03", april3],
    ["3 april 1899", april3],
    ["3rd april 1899", april3],
    ["april 3, 1899", april3],
    ["apr. 3 1899", april3],
    ["3 de abril de 1899", april3],
    ["1899年4月3日", april3],
    ["april 1899", { year: 1899, month: 4, day: null }],
    ["1899", { year: 1899, month: null, day: null }],
  ])("%s", (text, date) => {
    expect(parseLooseDate(text)).toEqual(date);
  });

  it("rejects impossible dates and unknown text", () => {
    expect(parseLooseDate("31 april 1899")).toBeNull();
    expect(parseLooseDate("1899-13-01")).toBeNull();
    expect(parseLooseDate("3 smarch 1899")).toBeNull();
    expect(parseLooseDate("sometime")).toBeNull();
  });
});
