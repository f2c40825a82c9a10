// The self-check gate, one defect class at a time, on short sentences written for these tests.
import { describe, expect, it } from "vitest";
import { buildDocumentContent } from "../../content/build-document";
import type { Question } from "../question-types";
import { firstDefect, type GateCheckName } from "./gate-checks";

function build(body: string, front = "") {
  return buildDocumentContent({ fileName: "t.md", text: `${front}# Test\n\n${body}\n` });
}
const shown = (q: Question) => [q.prompt, ...(Array.isArray(q.answer) ? q.answer : [q.answer]), ...(q.choices ?? [])].join(" | ");

/** A hand-made question whose quote is `quote`, checked with the facts of the document built from it. */
function check(quote: string, q: Partial<Question>, rest = ""): GateCheckName | undefined {
  const built = build(`${quote} ${rest}`.trim());
  const facts = built.facts.filter((f) => f.quote === quote);
  const question: Question = {
    id: "q-test", kind: "year-choice", prompt: "", answer: "", choices: [], factIds: facts.map((f) => f.id),
    source: { documentId: built.document.id, documentTitle: "Test", sectionId: "intro", sentenceId: facts[0]?.sentenceId ?? "s", quote },
    ...q,
  };
  return firstDefect(question, { document: built.document, facts: facts.slice(0, 1), documentFacts: built.facts })?.check;
}

describe("the self-check gate", () => {
  it("rejects holes where a date was cut out", () => {
    expect(check("The poet (born 1901) wrote about the sea.", { kind: "event-for-date", prompt: "What happened in 1901?", answer: "The poet (born ) wrote about the sea", choices: [] })).toBe("text-hole");
    expect(check("The envoys signed it in 1951 at the palace.", { prompt: "In what year did the envoys sign it in at the palace?", answer: "1951", choices: ["1951", "1950", "1949", "1952"] })).toBe("text-hole");
    const q = build("Floods hit the valley in late 1913 and early 1914.").questions;
    for (const x of q) expect(shown(x)).not.toMatch(/late and early|in late\s*[,.?]/);
  });

  it("rejects broken grammar", () => {
    expect(check("In a series of floods in 1922, the river rose.", { prompt: "In what year did In a series of floods the river rise?", answer: "1922", choices: ["1922", "1919", "1925", "1930"] })).toBe("grammar");
    expect(check("On the morning of 3 May 1911 the army marched north.", { prompt: "In what year did the army, march north?", answer: "1911", choices: ["1911", "1909", "1913", "1915"] })).toBe("grammar");
    expect(check("The charter, signed by the king, was sealed in 1215.", { prompt: "In what year did the charter sign by the king was sealed?", answer: "1215", choices: ["1215", "1210", "1220", "1225"] })).toBe("grammar");
  });

  it("never takes a year that dates another noun as the event's year", () => {
    const built = build("In a long speech, the minister praised the alliance of 1902. The 1894 treaty was revised by the new cabinet. The old charter (1872) was quoted by the judge.");
    const asksYear = built.questions.filter((q) => q.kind === "year-choice" || q.kind === "true-false" || q.kind === "event-for-date");
    expect(asksYear.map((q) => q.prompt)).toEqual([]);
    expect(built.drops["wrong-year"]).toBeGreaterThan(0);
  });

  it("asks a span as one fact, never one end of it as the year", () => {
    const built = build("Heavy floods struck the coast in late 2017 and early 2018. The canal was dug between 1904 and 1914. From 1920 to 1931 the port was closed. Jesuit missions tried to land in 1700, 1708 and 1709. Trade grew in the 1920s.");
    const yearQuestions = built.questions.filter((q) => q.kind === "year-choice" || q.kind === "true-false" || q.kind === "event-for-date");
    expect(yearQuestions.map((q) => q.prompt)).toEqual([]);
    const clozes = built.questions.filter((q) => q.kind === "date-cloze").map((q) => q.answer);
    expect(clozes).toContain("1700, 1708 and 1709");
    expect(clozes).toContain("1920 to 1931");
    expect(clozes).not.toContain("1708");
  });

  it("reads citations, page and law numbers as references, not dates or counts", () => {
    const built = build("The rule is set out in Law No. 28278 of 2004 and Article 27 of the code.\n\nSee pages 112 and 140 of the 1998 report.");
    for (const q of built.questions) expect(q.answer).not.toMatch(/^(28278|27|112|140)$/);
    expect(check("Settlers arrived between 900 - 1200 AD.", { kind: "number-cloze", prompt: "Fill in the blank with the number the text gives: Settlers arrived between _____ - 1200 AD.", answer: "900", choices: ["900", "800", "700", "1000"] })).toBe("citation");
  });

  it("rejects Markdown shown as text", () => {
    expect(check("The steamer sailed in 1938.", { prompt: "In what year did the steamer _Dalfram_ sail?", answer: "1938", choices: ["1938", "1936", "1940", "1941"] })).toBe("markdown");
    expect(check("The steamer sailed in 1938.", { kind: "date-cloze", prompt: "Fill in the blank: > The steamer sailed in _____.", answer: "1938", choices: ["1938", "1936", "1940", "1941"] })).toBe("markdown");
    const built = build("The steamer _Dalfram_ sailed from the port in November 1938.\n\n> In 1939 the crew said **no**.\n\n— A. Writer, 1950");
    for (const q of built.questions) expect(shown(q).replace(/_{3,}/g, "")).not.toMatch(/[_*>]|^—/);
  });

  it("rejects a prompt that states its answer", () => {
    expect(check("The port in 1912 was closed in 1912 by decree.", { prompt: "In what year was the port in 1912 closed?", answer: "1912", choices: ["1912", "1910", "1915", "1918"] })).toBe("answer-in-prompt");
    const built = build("The bridge opened in 1931 after the 1931 floods receded.");
    for (const q of built.questions.filter((x) => x.kind === "year-choice")) expect(q.prompt).not.toMatch(/1931/);
  });

  it("asks nothing that leans on text it does not show", () => {
    const built = build("The envoy reached Lima in 1872. A year later, in 1873, the two countries signed a treaty. He returned home in 1875. This policy was dropped in 1880.");
    for (const q of built.questions) {
      expect(q.prompt, q.prompt).not.toMatch(/A year later|did he |was he |this policy/i);
      if (/^Fill in the blank[^:]*: He\b/.test(q.prompt)) expect(q.prompt).toContain("(from the document “Test”)");
    }
    expect(built.drops.context).toBeGreaterThan(0);
  });

  it("says which time a repeated event is asked about, or does not ask", () => {
    const built = build("In 1992, President Lee paid a visit to Japan. In 1995, President Lee paid a visit to Japan again.");
    const prompts = built.questions.filter((q) => q.kind === "year-choice").map((q) => q.prompt);
    expect(prompts).toEqual(["In what year did President Lee first pay a visit to Japan?", "In what year did President Lee pay a visit to Japan again?"]);
    const bare = { prompt: "In what year did President Lee pay a visit to Japan?", answer: "1992", choices: ["1992", "1990", "1994", "1997"] };
    expect(check("In 1992, President Lee paid a visit to Japan.", bare, "In 1995, President Lee paid a visit to Japan.")).toBe("repeated-event");
    expect(check("In 1992, President Lee paid a visit to Japan.", bare)).toBeUndefined();
  });

  it("never offers two true choices", () => {
    expect(check("Floods hit the valley in 1913.", { kind: "event-for-date", prompt: "What happened in 1913?", answer: "Floods hit the valley in the north", choices: ["Floods hit the valley in the north", "Floods hit the valley in the north again", "A bridge opened", "A king died"] })).toBe("duplicate-choice");
    const built = build("Heavy floods struck the coast in late 2017 and early 2018. A dam opened in 2009. A new port opened in 2012. The old bridge fell in 2004.");
    for (const q of built.questions.filter((x) => x.kind === "event-for-date")) {
      expect(q.choices?.filter((c) => /floods/i.test(c)).length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});
