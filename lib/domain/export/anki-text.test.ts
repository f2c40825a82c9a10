import { describe, expect, it } from "vitest";
import { ankiField, ankiTag, cardsToAnkiText } from "./anki-text";
import type { ExportableCard } from "./exportable-card";

describe("ankiField", () => {
  it("escapes tabs, newlines, HTML, quotes and a leading #", () => {
    expect(ankiField("a\tb")).toBe("a b");
    expect(ankiField("one\ntwo\r\nthree\rfour")).toBe("one<br>two<br>three<br>four");
    expect(ankiField('<b> & "x"')).toBe("&lt;b&gt; &amp; &quot;x&quot;");
    expect(ankiField("#1 export")).toBe("&#35;1 export");
    expect(ankiField("issue #1")).toBe("issue #1");
  });
});

describe("ankiTag", () => {
  it("keeps tags single words", () => {
    expect(ankiTag(" Japan Peru ")).toBe("Japan_Peru");
    expect(ankiTag("lesson::1899")).toBe("lesson::1899");
  });
});

describe("cardsToAnkiText", () => {
  const card: ExportableCard = {
    front: "Order these:\n• Riots in Lima\n• Treaty signed",
    back: "1. Treaty signed\n2. Riots in Lima",
    sourceDocument: "Relations\tOverview",
    quote: "The treaty was signed in 1873.",
    due: null,
    state: null,
    tags: ["nikkei learn", "chronology"],
  };

  it("writes the file headers and one tab-separated line per card", () => {
    const text = cardsToAnkiText([card], { deckName: "Japan–Peru\nrelations" });
    const lines = text.split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#deck:Japan–Peru relations",
      "#columns:Front\tBack\tSource\tTags",
      "#tags column:4",
    ]);
    expect(lines[6]?.split("\t")).toEqual([
      "Order these:<br>• Riots in Lima<br>• Treaty signed",
      "1. Treaty signed<br>2. Riots in Lima<br><br><small>Relations Overview: “The treaty was signed in 1873.”</small>",
      "Relations Overview: “The treaty was signed in 1873.”",
      "nikkei_learn chronology",
    ]);
    expect(lines).toHaveLength(8);
    expect(lines[7]).toBe("");
  });

  it("can leave the source off the back and omit the deck", () => {
    const text = cardsToAnkiText([{ ...card, tags: undefined }], { sourceOnBack: false });
    expect(text).not.toContain("#deck:");
    const row = text.slice(0, -1).split("\n").at(-1)?.split("\t");
    expect(row?.[1]).toBe("1. Treaty signed<br>2. Riots in Lima");
    expect(row?.[3]).toBe("");
  });

  it("never lets a field add a row or a column", () => {
    const nasty: ExportableCard = { ...card, front: "#a\tb\nc", back: '"quoted"\r\n', tags: [] };
    const rows = cardsToAnkiText([nasty, nasty]).slice(0, -1).split("\n").filter((l) => !l.startsWith("#"));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.split("\t")).toHaveLength(4);
  });
});
