import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse-document";
import { compareSources, findDateConflicts } from "./date-conflicts";
import { extractFacts } from "./extract-facts";

function corpus(files: Record<string, string>) {
  const extracted = Object.entries(files).map(([fileName, text]) => extractFacts(parseDocument({ fileName, text })));
  return { facts: extracted.flatMap((e) => e.facts), durations: extracted.flatMap((e) => e.durations) };
}

describe("compareSources / findDateConflicts", () => {
  const { facts, durations } = corpus({
    "wiki.md": "In 2010, Japan and Peru signed an Economic Partnership Agreement. In 1959, Japanese Prime Minister Nobusuke Kishi paid an official visit to Peru. In 1899, 790 Japanese migrants, aboard the Sakuramaru arrived to Peru. A year later, in 1873, Japan and Peru formally established diplomatic relations by signing a Treaty of Friendship and Navigation.",
    "release.md": "---\ndate: 2014-11-10\n---\nPrime Minister Abe said that economic relations have been favorable since the bilateral EPA came into force in 2012. Prime Minister Abe mentioned that his grandfather, Prime Minister Nobusuke Kishi, visited Peru in 1959. Abe mentioned that Japan enjoys a friendly relationship with Peru for more than 140 years, and that Peru was the first country where Japanese migration was established more than 115 years ago.",
  });

  it("lists the EPA dates (2010 signed, 2012 in force) as a conflict, with both quotes", () => {
    const conflicts = findDateConflicts(facts, durations);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.topic).toBe("Economic Partnership Agreement");
    expect(conflicts[0]?.entries.map((e) => e.dateLabel).sort()).toEqual(["2010", "2012"]);
    expect(conflicts[0]?.entries.every((e) => e.quote.includes(e.dateText))).toBe(true);
  });

  it("records agreement (Kishi 1959) and durations consistent with stated years", () => {
    const all = compareSources(facts, durations);
    expect(all.find((c) => /Kishi/.test(c.topic))?.relation).toBe("agree");
    expect(all.filter((c) => c.topic.startsWith("Start of")).map((c) => [c.topic, c.relation])).toEqual([
      ["Start of diplomatic relations", "consistent"],
      ["Start of Japanese migration to Peru", "consistent"],
    ]);
  });

  it("does not match different events about the same person", () => {
    const c = corpus({ "a.md": "In 1990, Alberto Fujimori became the first Peruvian President of Japanese origin.", "b.md": "In 2006, Fujimori left Japan and flew to Chile where he was arrested." });
    expect(compareSources(c.facts, c.durations)).toEqual([]);
  });
});
