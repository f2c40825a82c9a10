import { describe, expect, it } from "vitest";
import { buildDocumentContent } from "../content/build-document";
import { stripInlineMarkup } from "./inline-markup";

describe("Markdown read as markup", () => {
  it("drops emphasis markers and keeps where they were", () => {
    expect(stripInlineMarkup("The steamer _SS Dalfram_ and **the wharf**, see [the report](https://x.org).")).toEqual({
      text: "The steamer SS Dalfram and the wharf, see the report.",
      emphasis: [{ start: 12, end: 22 }, { start: 27, end: 36 }],
    });
    expect(stripInlineMarkup("snake_case_name stays").text).toBe("snake_case_name stays");
  });

  it("gives lessons plain sentences, block quotes and attributions, and an infobox as a facts box", () => {
    const text = [
      "# Notes", "", "Infobox", "- Title: Two ports", "- Party1: Japan", "- Party2: Peru", "- Filetype: svg", "",
      "In 1910 the ship _Maru_ reached Callao.", "", "> The harbour was full of ships.", "> Everyone came to see.", "",
      "— A. Writer, _Memoirs_ (1931)",
    ].join("\n");
    const built = buildDocumentContent({ fileName: "notes.md", text });
    const blocks = built.lesson.sections.flatMap((s) => s.blocks);
    expect(blocks[0]).toMatchObject({ type: "facts", title: "Two ports", rows: [{ label: "Party", values: ["Japan", "Peru"] }] });
    expect(blocks[1]).toMatchObject({ type: "paragraph", sentences: [{ text: "In 1910 the ship Maru reached Callao.", emphasis: [{ start: 17, end: 21 }] }] });
    expect(blocks[2]).toMatchObject({ type: "paragraph", style: "quote", sentences: [{ text: "The harbour was full of ships." }, { text: "Everyone came to see." }] });
    expect(blocks[3]).toMatchObject({ type: "paragraph", style: "attribution", sentences: [{ text: "A. Writer, Memoirs (1931)" }] });
    // The attribution's year is a citation, not an event.
    expect(built.facts.map((f) => f.date.year)).toEqual([1910]);
    for (const q of built.questions) expect(`${q.prompt} ${q.choices?.join(" ") ?? ""}`.replace(/_{3,}/, "")).not.toMatch(/[_*>]|Filetype|Party1/);
  });
});
