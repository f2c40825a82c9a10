import { describe, expect, it } from "vitest";
import { focusCloze } from "./focus-cloze";

const KISHI =
  "Fill in the blank: Prime Minister Abe mentioned that his grandfather, Prime Minister Nobusuke Kishi, visited Peru in _____, and stated that it's regretful that he wasn't able to visit Peru during his recent visit to Latin America and the Caribbean, but also mentioned that he would like to directly convey that Japan attaches importance to Peru.";

describe("focusCloze", () => {
  it("keeps the clause with the blank and its neighbours within the limit, marking the cut", () => {
    expect(focusCloze(KISHI)).toEqual({
      text: "Fill in the blank: Prime Minister Abe mentioned that his grandfather, Prime Minister Nobusuke Kishi, visited Peru in _____ …",
      shortened: true,
    });
  });

  it("marks a cut at the start when the blank comes late", () => {
    const late = "Fill in the blank: In 1821, Peru declared its independence from Spain, a long struggle that lasted many years and cost many lives, and in _____, Japan entered the Meiji period.";
    const { text, shortened } = focusCloze(late, 12);
    expect(shortened).toBe(true);
    expect(text).toBe("Fill in the blank: … and in _____, Japan entered the Meiji period.");
  });

  it("leaves short prompts and prompts without a blank alone", () => {
    expect(focusCloze("Fill in the blank: Kishi visited Peru in _____.")).toEqual({
      text: "Fill in the blank: Kishi visited Peru in _____.",
      shortened: false,
    });
    const long = `In which year ${"did something happen ".repeat(20)}?`;
    expect(focusCloze(long)).toEqual({ text: long, shortened: false });
  });
});
