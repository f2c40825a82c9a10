import { describe, expect, it } from "vitest";
import { DATED_PRESS_RELEASE, PLAIN_TEXT_NOTE, UNDATED_WIKI } from "../../content/__fixtures__/new-documents";
import { parseDocument } from "../parse-document";
import { extractFacts } from "./extract-facts";

const factsOf = (name: string, text: string) => extractFacts(parseDocument({ fileName: name, text })).facts;

describe("extractFacts", () => {
  it("makes one fact per year of a dated list entry, with the subject and a visit event", () => {
    const facts = extractFacts(parseDocument(UNDATED_WIKI)).facts.filter((f) => f.origin === "list");
    const zedillo = facts.filter((f) => f.subject === "President Ernesto Zedillo");
    expect(zedillo.map((f) => f.date.year)).toEqual([1996, 1997]);
    expect(zedillo[0]).toMatchObject({ event: "President Ernesto Zedillo visited Japan", category: "visit", quote: "President Ernesto Zedillo (1996, 1997)" });
    expect(zedillo[0]?.list).toMatchObject({ title: "High-level visits from Mexico to Japan", origin: "Mexico", destination: "Japan", years: [1996, 1997], yearIndex: 0 });
  });

  it("splits an inline list of agreements into one fact per agreement", () => {
    const facts = factsOf("a.md", "Japan and Peru have signed several bilateral agreements/treaties such as a Trade and Financial Agreement (1949); Agreement on the elimination of visas (1971); and an Agreement on Japanese donations on the protection of Peruvian Archeological sites (2016).");
    expect(facts.map((f) => [f.date.year, f.event])).toEqual([
      [1949, "Japan and Peru signed the Trade and Financial Agreement"],
      [1971, "Japan and Peru signed the Agreement on the elimination of visas"],
      [2016, "Japan and Peru signed the Agreement on Japanese donations on the protection of Peruvian Archeological sites"],
    ]);
    expect(facts[0]?.list).toMatchObject({ noun: "agreement", actor: "Japan and Peru", verbBase: "sign", entry: "Trade and Financial Agreement" });
  });

  it("resolves relative dates only in dated documents", () => {
    const dated = extractFacts(parseDocument(DATED_PRESS_RELEASE)).facts;
    expect(dated.find((f) => f.dateText === "next October")).toMatchObject({ date: { year: 2021, month: 10 }, resolvedFrom: "relative" });
    expect(dated.find((f) => f.dateText === "next year")?.date.year).toBe(2022);
    expect(dated.find((f) => f.dateText === "Friday, March 5")).toMatchObject({ date: { year: 2021, month: 3, day: 5 }, resolvedFrom: "document-year" });
    const undated = extractFacts(parseDocument(UNDATED_WIKI)).facts;
    expect(undated.some((f) => f.resolvedFrom === "relative")).toBe(false);
    expect(extractFacts(parseDocument(PLAIN_TEXT_NOTE)).facts.some((f) => /next/i.test(f.dateText))).toBe(false);
  });

  it("resolves 'That same year' from the previous sentence and marks statistics", () => {
    const facts = factsOf("t.md", "In 2013, trade between Japan and Peru totaled US$3.5 billion. That same year, Japanese direct investment in Peru totaled US$238 million.");
    expect(facts.map((f) => [f.date.year, f.resolvedFrom ?? "stated", f.statistic])).toEqual([[2013, "stated", true], [2013, "context", true]]);
  });

  it("skips non-English paragraphs and date-only lines", () => {
    const facts = factsOf("f.md", "Resume. Les Peruviens d'origine japonaise ont prospere, si bien que M. Alberto Fujimori a ete elu president en 1990.\n\nNovember 10, 2014\n\nIn 1990, Fujimori was elected.");
    expect(facts.map((f) => f.quote)).toEqual(["In 1990, Fujimori was elected."]);
  });

  it("keeps fact ids stable when another sentence changes", () => {
    const a = factsOf("s.md", "In 1899, migrants arrived. Most worked on plantations. In 1942, relations broke.");
    const b = factsOf("s.md", "In 1899, migrants arrived. Most of them worked hard. In 1942, relations broke.");
    expect(b.map((f) => f.id)).toEqual(a.map((f) => f.id));
  });
});
