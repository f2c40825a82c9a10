// Adding, editing or removing one document never changes another document's questions.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readContentFiles } from "@/lib/server/content/load-content";
import type { Question } from "../generation/question-types";
import { DATED_PRESS_RELEASE, PLAIN_TEXT_NOTE, UNDATED_WIKI } from "./__fixtures__/new-documents";
import { buildContent } from "./build-content";

const seed = readContentFiles(fileURLToPath(new URL("../../../content", import.meta.url)));
const shape = (q: Question) => ({ id: q.id, prompt: q.prompt, answer: q.answer, choices: q.choices, source: q.source });
const bankOf = (questions: readonly Question[], documentId: string) => questions.filter((q) => q.source.documentId === documentId).map(shape);
const before = buildContent(seed);
const seedIds = before.documents.map((d) => d.id);

describe("one document never changes another's questions", () => {
  it("adding documents keeps every seed question, its prompt, answer and choices", () => {
    const after = buildContent([...seed, PLAIN_TEXT_NOTE, DATED_PRESS_RELEASE, UNDATED_WIKI]);
    for (const id of seedIds) expect(bankOf(after.questions, id), id).toEqual(bankOf(before.questions, id));
    expect(after.questions.length).toBeGreaterThan(before.questions.length);
  });

  it("removing a document keeps the others' questions", () => {
    const [gone, ...rest] = seed;
    const after = buildContent(rest);
    for (const id of seedIds.slice(1)) expect(bankOf(after.questions, id), id).toEqual(bankOf(before.questions, id));
    expect(after.questions.some((q) => q.source.documentId === before.documents[0]?.id)).toBe(false);
    expect(gone).toBeDefined();
  });

  it("editing a document keeps the others' questions", () => {
    const edited = seed.map((f, i) => (i === 1 ? { ...f, text: f.text.replace(/\b19(\d\d)\b/g, "18$1") } : f));
    const after = buildContent(edited);
    expect(bankOf(after.questions, seedIds[1] as string)).not.toEqual(bankOf(before.questions, seedIds[1] as string));
    for (const id of seedIds.filter((_, i) => i !== 1)) expect(bankOf(after.questions, id), id).toEqual(bankOf(before.questions, id));
  });

  it("seeds every choice from the question id: the same document alone gives the same questions", () => {
    const [first] = seed;
    const alone = buildContent(first ? [first] : []);
    const id = seedIds[0] as string;
    expect(bankOf(alone.questions, id)).toEqual(bankOf(before.questions, id));
  });
});
