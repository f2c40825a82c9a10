import { describe, expect, it } from "vitest";
import { cardsToCsv, csvField } from "./cards-csv";
import type { ExportableCard } from "./exportable-card";

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    ["", ""],
    ["日本とペルー", "日本とペルー"],
  ])("%j → %j", (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});

describe("cardsToCsv", () => {
  it("writes a header and one CRLF-terminated row per card", () => {
    const cards: ExportableCard[] = [
      {
        front: "When did the Sakura Maru arrive in Callao?",
        back: "3 April 1899",
        sourceDocument: "Japanese immigration to Peru",
        quote: 'The ship, called "Sakura Maru", arrived on 3 April 1899, carrying 790 immigrants.',
        due: new Date("2024-05-10T12:00:00Z"),
        state: "review",
      },
      { front: "Q", back: "A", sourceDocument: "Doc", quote: "Line one\nline two", due: null, state: null },
    ];
    expect(cardsToCsv(cards)).toBe(
      "front,back,source document,quote,due,state\r\n" +
        'When did the Sakura Maru arrive in Callao?,3 April 1899,Japanese immigration to Peru,"The ship, called ""Sakura Maru"", arrived on 3 April 1899, carrying 790 immigrants.",2024-05-10T12:00:00.000Z,review\r\n' +
        'Q,A,Doc,"Line one\nline two",,new\r\n',
    );
  });

  it("writes only the header for no cards", () => {
    expect(cardsToCsv([])).toBe("front,back,source document,quote,due,state\r\n");
  });
});
