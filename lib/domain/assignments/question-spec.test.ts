import { describe, expect, it } from "vitest";
import { choiceOrderFor, drawQuestions, parseQuestionSpec, questionOrderFor, type DrawableQuestion } from "./question-spec";

const drawable = (id: string, kind: DrawableQuestion["kind"], documentId: string, years: number[], factIds = years.map((y) => `f${y}`)): DrawableQuestion => ({
  id, kind, documentId, years, factIds, source: { sentenceId: `s-${id}` },
});
const bank: DrawableQuestion[] = [
  drawable("a", "year-choice", "enc", [1873]),
  drawable("b", "true-false", "enc", [1899]),
  drawable("c", "year-choice", "news", [1996]),
  drawable("d", "who-what", "news", []),
  drawable("e", "year-choice", "press", [2010, 2012]),
];
const draw = { mode: "draw" as const, documentIds: [], fromYear: null, toYear: null, kinds: ["year-choice" as const], count: 10 };

describe("drawing an assignment's questions", () => {
  it("filters by kinds, lessons and a timeline span", () => {
    expect(drawQuestions(bank, draw, "s").questionIds.sort()).toEqual(["a", "c", "e"]);
    expect(drawQuestions(bank, { ...draw, documentIds: ["enc", "news"] }, "s").questionIds.sort()).toEqual(["a", "c"]);
    expect(drawQuestions(bank, { ...draw, fromYear: 1990, toYear: 2011 }, "s").questionIds.sort()).toEqual(["c", "e"]);
    expect(drawQuestions(bank, { ...draw, fromYear: 2000, toYear: null }, "s").questionIds).toEqual(["e"]);
  });

  it("draws N with a seed, reproducibly, and reports what matched", () => {
    const one = drawQuestions(bank, { ...draw, count: 2 }, "seed-1");
    expect(one.questionIds).toHaveLength(2);
    expect(one.available).toBe(3);
    expect(drawQuestions([...bank].reverse(), { ...draw, count: 2 }, "seed-1")).toEqual(one);
  });

  it("never draws two questions about one fact or one sentence, as a self-study quiz never does", () => {
    const siblings = [
      drawable("y1", "year-choice", "enc", [1899], ["f-sakura"]),
      drawable("y2", "year-choice", "enc", [1899], ["f-sakura"]),
      { ...drawable("t1", "year-choice", "enc", [1873], ["f-treaty"]), source: { sentenceId: "s-shared" } },
      { ...drawable("t2", "year-choice", "enc", [1874], ["f-other"]), source: { sentenceId: "s-shared" } },
      drawable("z", "year-choice", "enc", [1990]),
    ];
    for (const seed of ["s1", "s2", "s3", "s4", "s5"]) {
      const { questionIds, available } = drawQuestions(siblings, { ...draw, count: 5 }, seed);
      expect(available).toBe(5);
      expect(questionIds).toHaveLength(3);
      expect(questionIds.filter((id) => id.startsWith("y"))).toHaveLength(1);
      expect(questionIds.filter((id) => id.startsWith("t"))).toHaveLength(1);
      expect(questionIds).toContain("z");
    }
  });

  it("keeps hand-picked questions in order, without repeats, gone or excluded ones", () => {
    const spec = { mode: "pick" as const, questionIds: ["d", "a", "d", "zz", "b"] };
    expect(drawQuestions(bank, spec, "s", new Set(["b"])).questionIds).toEqual(["d", "a"]);
    expect(drawQuestions(bank, draw, "s", new Set(["a", "c"])).questionIds).toEqual(["e"]);
  });

  it("reads a stored spec, and refuses a damaged one", () => {
    expect(parseQuestionSpec(JSON.stringify(draw))).toEqual(draw);
    expect(parseQuestionSpec('{"mode":"draw"}')).toBeNull();
    expect(parseQuestionSpec("nope")).toBeNull();
  });
});

describe("per-student order", () => {
  const ids = ["q1", "q2", "q3", "q4", "q5", "q6"];
  it("keeps the teacher's order unless shuffling is on, and is stable per attempt", () => {
    expect(questionOrderFor(ids, false, "x")).toEqual(ids);
    const a = questionOrderFor(ids, true, "attempt-a");
    expect([...a].sort()).toEqual(ids);
    expect(questionOrderFor(ids, true, "attempt-a")).toEqual(a);
    const orders = new Set(["b", "c", "d", "e"].map((s) => questionOrderFor(ids, true, `attempt-${s}`).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it("shuffles choices per attempt and question", () => {
    const choices = ["1873", "1899", "1941", "1996"];
    expect(choiceOrderFor(choices, false, "a", "q1")).toEqual(choices);
    const shuffled = choiceOrderFor(choices, true, "a", "q1");
    expect([...shuffled].sort()).toEqual(choices);
    expect(choiceOrderFor(choices, true, "a", "q1")).toEqual(shuffled);
  });
});
