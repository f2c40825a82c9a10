import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/domain/generation/question-types";
import { csvField, toCsv, toExported } from "./export-quiz";

const question: Question = {
  id: "q-1",
  kind: "chronology",
  prompt: 'Put "these" events, in order',
  answer: ["A, first", "B\nsecond"],
  choices: ["B\nsecond", "A, first"],
  source: { documentId: "doc", documentTitle: "Doc", sectionId: "s", sentenceId: "doc.x", quote: "He said “hi”." },
  factIds: ["f"],
};

describe("export-quiz", () => {
  it("quotes CSV fields per RFC 4180", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
  });

  it("writes the header and joins arrays with ' | '", () => {
    const csv = toCsv([question]);
    expect(csv).toBe(
      'id,kind,prompt,answer,choices,document,quote\r\n' +
        'q-1,chronology,"Put ""these"" events, in order","A, first | B\nsecond","B\nsecond | A, first",doc,He said “hi”.\r\n',
    );
  });

  it("exports the JSON shape", () => {
    expect(toExported(question)).toEqual({ id: "q-1", kind: "chronology", prompt: question.prompt, answer: question.answer, choices: question.choices, source: { document: "doc", quote: "He said “hi”." } });
  });
});
