import { describe, expect, it } from "vitest";
import { findDateMentions, type DateContext } from "./find-date-mentions";
import { findDurations } from "./find-durations";

const undated: DateContext = { documentDate: null };
const nov2014: DateContext = { documentDate: { year: 2014, month: 11, day: 10 } };
const aug2018: DateContext = { documentDate: { year: 2018, month: 8, day: 14 } };
const found = (s: string, ctx = undated) => findDateMentions(s, ctx).map((m) => ({ text: m.text, ...m.date, ...(m.resolvedFrom ? { resolvedFrom: m.resolvedFrom } : {}) }));

describe("findDateMentions: absolute dates", () => {
  it("full dates in both orders, with the exact span", () => {
    expect(found("On 17 December 1996, 14 members stormed the residence.")).toEqual([{ text: "17 December 1996", year: 1996, month: 12, day: 17, precision: "day" }]);
    expect(found("The release is dated November 10, 2014.")).toEqual([{ text: "November 10, 2014", year: 2014, month: 11, day: 10, precision: "day" }]);
  });

  it("month and year", () => {
    expect(found("In July 1990, Fujimori became president, and in October 1868 Japan changed.")).toEqual([
      { text: "July 1990", year: 1990, month: 7, precision: "month" },
      { text: "October 1868", year: 1868, month: 10, precision: "month" },
    ]);
  });

  it("bare years, with their preposition", () => {
    const ms = findDateMentions("In 1899, migrants arrived. By 1936, more came. Kishi visited in 1959.", undated);
    expect(ms.map((m) => [m.text, m.preposition])).toEqual([["1899", "in"], ["1936", "by"], ["1959", "in"]]);
  });

  it("several years in parentheses", () => {
    expect(found("Prime Minister Ryutaro Hashimoto (1996, 1997)").map((m) => m.year)).toEqual([1996, 1997]);
    const ms = findDateMentions("President Alan García (2008, 2009, 2010)", undated);
    expect(ms.map((m) => m.date.year)).toEqual([2008, 2009, 2010]);
    expect(ms.every((m) => m.parenthesized)).toBe(true);
  });

  it("decades, pairs of decades, centuries and ranges", () => {
    expect(found("In the 1990s, Japan changed its law.")).toEqual([{ text: "1990s", year: 1990, endYear: 1999, precision: "decade" }]);
    expect(found("abducted during the 1970s and 1980s.")).toEqual([{ text: "1970s and 1980s", year: 1970, endYear: 1989, precision: "decade" }]);
    expect(found("It dates back to the late 19th century.")).toEqual([{ text: "late 19th century", year: 1867, endYear: 1899, precision: "century", part: "late" }]);
    expect(found("particularly the 1990-2000 period.")).toEqual([{ text: "1990-2000", year: 1990, endYear: 2000, precision: "range" }]);
    expect(findDateMentions("particularly the 1990-2000 period.", undated)[0]?.attributive).toBe(true);
  });

  it("'A year later, in 1873' gives 1873 only", () => {
    expect(found("A year later, in 1873, Japan and Peru signed a treaty.")).toEqual([{ text: "1873", year: 1873, precision: "year" }]);
  });
});

describe("findDateMentions: numbers that are not dates", () => {
  it.each([
    "They were celebrating Japanese Emperor Akihito's 63rd birthday.",
    "Japanese direct investment in Peru totaled US$238 million.",
    "Fujimori flew to Brunei to attend the 12th APEC summit.",
    "Peru will host COP 20.",
    "Toledo requested Japan to extradite Fujimori to face 20 criminal charges.",
    "The UN celebrates its 70th anniversary.",
    "It will mark the 120th anniversary of immigration.",
    "Japan enjoys a friendly relationship with Peru for more than 140 years.",
    "He is pleased to hold a meeting for the third year running.",
    "Work in the UN appropriate for the 21st century.",
    "By then 1500 workers had arrived.",
  ])("no date in: %s", (sentence) => {
    expect(findDateMentions(sentence, nov2014)).toEqual([]);
  });
});

describe("findDateMentions: dates relative to the document", () => {
  it("'On Monday, November 10' takes the year of the document", () => {
    expect(found("On Monday, November 10, commencing at 10:25 a.m., Abe met Humala.", nov2014)).toEqual([
      { text: "Monday, November 10", year: 2014, month: 11, day: 10, precision: "day", resolvedFrom: "document-year" },
    ]);
  });

  it("'next year' and 'next March' resolve against the document date", () => {
    expect(found("The UN celebrates its 70th anniversary next year.", nov2014)).toEqual([{ text: "next year", year: 2015, precision: "year", resolvedFrom: "relative" }]);
    expect(found("Next year marks the 10th anniversary.", aug2018)).toEqual([{ text: "Next year", year: 2019, precision: "year", resolvedFrom: "relative" }]);
    expect(found("The conference will be held in Sendai next March.", nov2014)).toEqual([{ text: "next March", year: 2015, month: 3, precision: "month", resolvedFrom: "relative" }]);
    expect(found("The conference will be held next December.", nov2014)).toEqual([{ text: "next December", year: 2014, month: 12, precision: "month", resolvedFrom: "relative" }]);
  });

  it("yields nothing relative in an undated document, and ignores a weekday alone", () => {
    expect(found("On Monday, November 10, Abe met Humala next year.")).toEqual([]);
    expect(found("Tokyo and Lima reaffirmed their partnership on Friday.", nov2014)).toEqual([]);
  });

  it("drops a date restated in another time zone", () => {
    const s = "On August 14, commencing at 10 a.m. (local time; 12 a.m. on August 15, Japan time), Kono met Popolizio.";
    expect(found(s, aug2018).map((m) => m.text)).toEqual(["August 14"]);
  });

  it("rejects a weekday that does not match the resolved date", () => {
    expect(found("On Tuesday, November 10, they met.", nov2014)).toEqual([]);
  });
});

describe("findDurations", () => {
  it("turns durations and anniversaries into implied start years, never into dates", () => {
    const s = "Japan enjoys a friendly relationship with Peru for more than 140 years, and migration was established more than 115 years ago.";
    const ds = findDurations(s, findDateMentions(s, nov2014), 2014);
    expect(ds.map((d) => [d.text, d.kind, d.qualifier, d.impliedYear])).toEqual([
      ["more than 115 years ago", "ago", "more-than", 1899],
      ["for more than 140 years", "duration", "more-than", 1874],
    ]);
    const fy = "the Japan-Peru Friendship Year in 2019, which will mark the 120th anniversary of immigration.";
    expect(findDurations(fy, findDateMentions(fy, aug2018), 2018).map((d) => d.impliedYear)).toEqual([1899]);
    expect(findDurations("Relations go back over 100 years.", [], null)).toEqual([]);
  });
});
