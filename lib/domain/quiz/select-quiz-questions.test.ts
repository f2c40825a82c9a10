import { describe, expect, it } from "vitest";
import type { QuestionKind } from "../generation/question-types";
import { selectQuizQuestions, type SelectableQuestion } from "./select-quiz-questions";

function question(id: string, kind: QuestionKind, documentId: string, factIds: string[] = []): SelectableQuestion {
  return { id, kind, source: { documentId }, factIds };
}

const bank: SelectableQuestion[] = [
  ...Array.from({ length: 12 }, (_, i) => question(`a${String(i).padStart(2, "0")}`, "year-choice", "doc-a", [`f${i}`])),
  ...Array.from({ length: 6 }, (_, i) => question(`b${i}`, "true-false", "doc-b")),
  question("c1", "chronology", "doc-b", ["f1", "f2"]),
  question("c2", "number-cloze", "doc-a"),
];
const ids = (qs: readonly SelectableQuestion[]) => qs.map((q) => q.id);

describe("selectQuizQuestions", () => {
  it("is deterministic for a seed, whatever order the bank is listed in", () => {
    const first = selectQuizQuestions({ questions: bank, scope: { type: "mixed" }, count: 10, seed: "attempt-1" });
    const again = selectQuizQuestions({ questions: [...bank].reverse(), scope: { type: "mixed" }, count: 10, seed: "attempt-1" });
    expect(ids(again.questions)).toEqual(ids(first.questions));
    expect(first.questions).toHaveLength(10);
    expect(new Set(ids(first.questions)).size).toBe(10);
    expect(first).toMatchObject({ requested: 10, available: 20, short: false });
  });

  it("shuffles differently for another seed", () => {
    const a = selectQuizQuestions({ questions: bank, scope: { type: "mixed" }, kinds: ["year-choice"], count: 12, seed: "attempt-1" });
    const b = selectQuizQuestions({ questions: bank, scope: { type: "mixed" }, kinds: ["year-choice"], count: 12, seed: "attempt-2" });
    expect(ids(a.questions).sort()).toEqual(ids(b.questions).sort());
    expect(ids(a.questions)).not.toEqual(ids(b.questions));
    // Not just the bank's own order either.
    expect(ids(a.questions)).not.toEqual([...ids(bank)].sort());
  });

  it("filters by kinds; no kinds means every kind", () => {
    const tf = selectQuizQuestions({ questions: bank, scope: { type: "mixed" }, kinds: ["true-false", "chronology"], count: 20, seed: "s" });
    expect(new Set(tf.questions.map((q) => q.kind))).toEqual(new Set(["true-false", "chronology"]));
    expect(tf.available).toBe(7);
    expect(selectQuizQuestions({ questions: bank, scope: { type: "mixed" }, kinds: [], count: 20, seed: "s" }).available).toBe(20);
  });

  it("scopes to one lesson, or to questions about dated facts for the timeline", () => {
    const lesson = selectQuizQuestions({ questions: bank, scope: { type: "lesson", documentId: "doc-b" }, count: 20, seed: "s" });
    expect(lesson.questions.every((q) => q.source.documentId === "doc-b")).toBe(true);
    expect(lesson.available).toBe(7);
    const timeline = selectQuizQuestions({ questions: bank, scope: { type: "timeline" }, count: 20, seed: "s" });
    expect(timeline.available).toBe(13);
    expect(timeline.questions.every((q) => q.factIds.length > 0)).toBe(true);
  });

  it("never takes two questions about one fact or one sentence", () => {
    const siblings: SelectableQuestion[] = [
      { id: "kishi-year", kind: "year-choice", source: { documentId: "d", sentenceId: "s1" }, factIds: ["kishi-1959"] },
      { id: "kishi-cloze", kind: "date-cloze", source: { documentId: "d", sentenceId: "s1" }, factIds: ["kishi-1959"] },
      { id: "kishi-tf", kind: "true-false", source: { documentId: "d", sentenceId: "s3" }, factIds: ["kishi-1959"] },
      { id: "kishi-order", kind: "chronology", source: { documentId: "d", sentenceId: "s9" }, factIds: ["kishi-1959", "epa-2012"] },
      { id: "maru", kind: "year-choice", source: { documentId: "d", sentenceId: "s2" }, factIds: ["maru-1899"] },
    ];
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const quiz = selectQuizQuestions({ questions: siblings, scope: { type: "mixed" }, count: 5, seed });
      const kishi = quiz.questions.filter((q) => q.id.startsWith("kishi"));
      expect(kishi).toHaveLength(1);
      expect(quiz).toMatchObject({ requested: 5, available: 5, short: true });
    }
    const all = selectQuizQuestions({ questions: bank, scope: { type: "mixed" }, count: 20, seed: "attempt-1" });
    // c1 asks about f1 and f2, which a01 and a02 also ask: c1 and neither of them (18), or no c1 (19).
    expect(all.questions).toHaveLength(ids(all.questions).includes("c1") ? 18 : 19);
  });

  it("takes what there is from a short bank and says so", () => {
    const short = selectQuizQuestions({ questions: bank, scope: { type: "lesson", documentId: "doc-b" }, kinds: ["chronology"], count: 5, seed: "s" });
    expect(ids(short.questions)).toEqual(["c1"]);
    expect(short).toMatchObject({ requested: 5, available: 1, short: true });
    const none = selectQuizQuestions({ questions: bank, scope: { type: "lesson", documentId: "nope" }, count: 5, seed: "s" });
    expect(none).toMatchObject({ questions: [], available: 0, short: true });
  });
});
