import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences";

describe("splitSentences", () => {
  it("does not split after titles, honorifics and initialisms", () => {
    const text = "Prime Minister Abe held a meeting with H.E.Mr. Ollanta Humala, President of Peru. The outline is as follows.";
    expect(splitSentences(text)).toEqual([
      "Prime Minister Abe held a meeting with H.E.Mr. Ollanta Humala, President of Peru.",
      "The outline is as follows.",
    ]);
    expect(splitSentences("Mr. Taro Kono met H.E. Mr. Nestor Popolizio. Dr. Sato agreed.")).toEqual([
      "Mr. Taro Kono met H.E. Mr. Nestor Popolizio.",
      "Dr. Sato agreed.",
    ]);
  });

  it("keeps a.m./p.m., U.S., e.g., No. 5, initials and decimals inside the sentence", () => {
    expect(splitSentences("At 10:25 a.m. until 10:45 a.m. (local time), they met. Next item.")).toHaveLength(2);
    expect(splitSentences("Pressure from the U.S. to secure Latin America grew. Then it ended.")).toHaveLength(2);
    expect(splitSentences("Minerals, e.g. copper, matter. See No. 5 for details.")).toEqual(["Minerals, e.g. copper, matter.", "See No. 5 for details."]);
    expect(splitSentences("John F. Kennedy spoke at 3 p.m. on Monday. It rained.")).toEqual(["John F. Kennedy spoke at 3 p.m. on Monday.", "It rained."]);
    expect(splitSentences("In 2013, trade totaled US$3.5 billion. That same year, investment rose.")).toEqual([
      "In 2013, trade totaled US$3.5 billion.",
      "That same year, investment rose.",
    ]);
  });

  it("handles a parenthesised sentence and closing quotes", () => {
    const text = "Humala expressed his gratitude. (He said “domo arigato,” or “thank you” in Japanese). President Humala said he hopes trade will expand.";
    expect(splitSentences(text)).toEqual([
      "Humala expressed his gratitude.",
      "(He said “domo arigato,” or “thank you” in Japanese).",
      "President Humala said he hopes trade will expand.",
    ]);
    expect(splitSentences("“We are neighbors,” Ishiba stated, adding “free and open Indo-Pacific.” Leaders met.")).toHaveLength(2);
  });

  it("splits a missing space after a period but not dotted abbreviations", () => {
    expect(splitSentences("outside of Japan.Over the decades, ties grew.")).toEqual(["outside of Japan.", "Over the decades, ties grew."]);
  });

  it("keeps a trailing ellipsis with its sentence and returns exact substrings", () => {
    const text = "The closeness reached its peak after the election of Alberto Fujimori. …";
    expect(splitSentences(text)).toEqual([text]);
    for (const s of splitSentences("One. Two three? Four!")) expect("One. Two three? Four!").toContain(s);
  });
});
