// Every dated event a careful teacher would quiz on has at least one question.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/server/content/load-content";

const content = loadContent(fileURLToPath(new URL("../../../content", import.meta.url)));

function hasQuestion(year: number, quotePattern: RegExp, documentId?: string): boolean {
  const facts = content.facts.filter((f) => f.date.year === year && quotePattern.test(f.quote) && (!documentId || f.documentId === documentId));
  if (facts.length === 0) throw new Error(`no fact for ${year} ${quotePattern}`);
  const ids = new Set(facts.map((f) => f.id));
  return content.questions.some((q) => q.factIds.some((id) => ids.has(id)));
}

const KEY_EVENTS: [string, number, RegExp, string?][] = [
  ["Peru's independence", 1821, /independence from Spain/],
  ["Meiji period", 1868, /Meiji/],
  ["María Luz incident", 1872, /María Luz/],
  ["Treaty of Friendship and Navigation", 1873, /Treaty of Friendship/],
  ["Sakuramaru migrants", 1899, /Sakuramaru/],
  ["23,000 migrants by 1936", 1936, /23,000/],
  ["break of relations over Pearl Harbor", 1942, /Pearl Harbor/],
  ["Kishi's visit", 1959, /Kishi/],
  ["Prado's visit to Japan", 1961, /Prado Ugarteche became/],
  ["Fujimori's election", 1990, /Fujimori became the first/],
  ["Fujimori's visit to Japan", 1992, /President Fujimori paid a visit/],
  ["hostage crisis begins", 1996, /17 December 1996/],
  ["hostage crisis ends", 1997, /22 April 1997/],
  ["Fujimori flies to Brunei and Japan", 2000, /Brunei/],
  ["Fujimori leaves Japan", 2006, /Chile/],
  ["140 years of relations", 2013, /140 years/],
  ["EPA signed", 2010, /Economic Partnership Agreement/],
  ["EPA in force", 2012, /EPA came into force/],
  ["Abe–Humala meeting", 2014, /Monday, November 10/, "abe-humala-summit-2014"],
  ["Sendai conference next March", 2015, /Sendai next March/],
  ["Friendship Year / 120th anniversary", 2019, /Friendship Year in 2019/],
  ["Kono–Popolizio meeting", 2018, /August 14/],
];

describe("coverage of key dated events", () => {
  it.each(KEY_EVENTS)("%s (%i) has a question", (_name, year, pattern, doc) => {
    expect(hasQuestion(year, pattern, doc)).toBe(true);
  });

  it("covers every entry-year of the high-level visits lists", () => {
    const visits = content.facts.filter((f) => f.origin === "list" && /High-level visits/.test(f.list?.title ?? ""));
    expect(visits).toHaveLength(20); // 13 entry-years from Japan to Peru, 7 from Peru to Japan
    for (const f of visits) {
      const kinds = content.questions.filter((q) => q.factIds.includes(f.id)).map((q) => q.kind);
      expect(kinds, `${f.list?.entry} ${f.date.year}`).toContain("who-what");
      expect(kinds.length, `${f.list?.entry} ${f.date.year}`).toBeGreaterThanOrEqual(2);
    }
  });

  it("covers every agreement of the agreements sentence", () => {
    const agreements = content.facts.filter((f) => f.origin === "inline-list");
    expect(agreements.map((f) => f.date.year)).toEqual([1949, 1971, 1979, 1987, 2008, 2016]);
    for (const f of agreements) {
      const kinds = content.questions.filter((q) => q.factIds.includes(f.id)).map((q) => q.kind);
      expect(kinds).toContain("who-what");
      expect(kinds).toContain("year-choice");
    }
  });
});
