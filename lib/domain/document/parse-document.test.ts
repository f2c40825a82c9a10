import { describe, expect, it } from "vitest";
import { DATED_PRESS_RELEASE, PLAIN_TEXT_NOTE, UNDATED_WIKI } from "../content/__fixtures__/new-documents";
import { parseDocument } from "./parse-document";
import { documentSentences } from "./types";

describe("parseDocument", () => {
  it("reads front matter and Markdown headings", () => {
    const doc = parseDocument(DATED_PRESS_RELEASE);
    expect(doc).toMatchObject({ id: "tokyo-meeting", title: "Japan-Chile Foreign Ministers' Meeting", kind: "press-release", date: "2021-03-05", datePrecision: "day", language: "en" });
    expect(doc.sections.map((s) => [s.heading, s.level])).toEqual([
      ["Japan-Chile Foreign Ministers' Meeting", 1],
      ["1. Bilateral relations", 2],
      ["2. Other matters", 2],
    ]);
  });

  it("reads wiki headings and ;title definition lists with dated items", () => {
    const doc = parseDocument(UNDATED_WIKI);
    expect(doc.title).toBe("Japan–Mexico relations");
    expect(doc.date).toBeNull();
    expect(doc.sections.map((s) => [s.id, s.level])).toEqual([["japan-mexico-relations", 1], ["history", 2], ["visits", 3]]);
    const list = doc.sections[2]?.paragraphs[0];
    expect(list?.type).toBe("list");
    if (list?.type !== "list") throw new Error("expected a list");
    expect(list.title).toBe("High-level visits from Mexico to Japan");
    expect(list.items.map((i) => i.text)).toContain("President Ernesto Zedillo (1996, 1997)");
  });

  it("reads press-release items: (1) and 1. markers, and numbered headings", () => {
    const text = "Intro sentence.\n\n1. Opening remarks\n\n(1) First point. Second sentence.\n(2) Another point.\n\n  1. Item one.\n  2. Item two.\n    Continuation of item two.\n";
    const doc = parseDocument({ fileName: "pr.md", text });
    expect(doc.sections.map((s) => s.heading)).toEqual([null, "1. Opening remarks"]);
    const blocks = doc.sections[1]?.paragraphs ?? [];
    expect(blocks.map((b) => b.type)).toEqual(["list", "list"]);
    const [paren, numbered] = blocks;
    if (paren?.type !== "list" || numbered?.type !== "list") throw new Error("expected lists");
    expect(paren.items.map((i) => i.marker)).toEqual(["(1)", "(2)"]);
    expect(paren.items[0]?.sentences.map((s) => s.text)).toEqual(["First point.", "Second sentence."]);
    expect(numbered.items[1]?.text).toBe("Item two. Continuation of item two.");
  });

  it("treats a plain .txt file as one paragraph per line with the first line as title", () => {
    const doc = parseDocument(PLAIN_TEXT_NOTE);
    expect(doc.id).toBe("brazil-notes");
    expect(doc.title).toBe("Japanese Migration to Brazil");
    expect(doc.kind).toBe("other");
    expect(doc.date).toBeNull();
    const sentences = documentSentences(doc).map((r) => r.sentence.text);
    expect(sentences).toContain("On 18 June 1908, the Kasato Maru arrived in Santos with 781 Japanese immigrants.");
    const list = documentSentences(doc).find((r) => r.list)?.list;
    expect(list?.title).toBe("Key dates");
  });

  it("uses the file name as title when there is no heading", () => {
    expect(parseDocument({ fileName: "some_notes-file.md", text: "Just a sentence." }).title).toBe("Some notes file");
  });

  it("labels paragraphs ('Abstract.') and detects a French résumé", () => {
    const text = "Abstract. Relations between Peru and Japan go back over 100 years to the time of the first migrants.\n\nResume. Les relations entre le Perou et le Japon remontent a plus de cent ans, lorsque des immigrants japonais sont arrives au Perou en quete de travail.";
    const [abstract, resume] = parseDocument({ fileName: "a.md", text }).sections[0]?.paragraphs ?? [];
    expect(abstract).toMatchObject({ type: "paragraph", label: "Abstract", language: "en" });
    expect(resume).toMatchObject({ type: "paragraph", label: "Resume", language: "fr" });
  });

  it("gives sentences ids that survive edits to other sentences", () => {
    const a = parseDocument({ fileName: "x.md", text: "In 1899, migrants arrived. Most worked on plantations. By 1936, more came." });
    const b = parseDocument({ fileName: "x.md", text: "In 1899, migrants arrived. Most of them worked on sugar plantations. By 1936, more came." });
    const ids = (d: typeof a) => documentSentences(d).map((r) => r.sentence.id);
    expect(ids(b)[0]).toBe(ids(a)[0]);
    expect(ids(b)[2]).toBe(ids(a)[2]);
    expect(ids(b)[1]).not.toBe(ids(a)[1]);
    expect(ids(a)[0]).toMatch(/^x\./);
  });

  it("disambiguates exact duplicate sentences", () => {
    const doc = parseDocument({ fileName: "d.md", text: "It rained. It rained." });
    const [first, second] = documentSentences(doc).map((r) => r.sentence.id);
    expect(second).toBe(`${first}-2`);
  });
});
