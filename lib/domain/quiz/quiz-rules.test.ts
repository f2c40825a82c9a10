import { describe, expect, it } from "vitest";
import { MAX_ANSWER_TIME_MS, answerTimeMs, formatDuration, previousAnswerAt } from "./answer-timing";
import { describePairs, formatOrder, moveItem, parseOrder } from "./ordering-moves";
import { currentQuestionIndex } from "./quiz-progress";
import { formatQuizScope, parseQuizScope } from "./quiz-scope";

const at = (seconds: number) => new Date(Date.UTC(2024, 4, 1, 10, 0, seconds));

describe("quiz scope", () => {
  it("round-trips the three scopes and refuses anything else", () => {
    for (const text of ["mixed", "timeline", "lesson:japan-peru-relations-encyclopedia"]) {
      const scope = parseQuizScope(text);
      expect(scope).not.toBeNull();
      expect(formatQuizScope(scope!)).toBe(text);
    }
    expect(parseQuizScope("lesson:")).toBeNull();
    expect(parseQuizScope("lesson:../etc")).toBeNull();
    expect(parseQuizScope("everything")).toBeNull();
    expect(parseQuizScope(undefined)).toBeNull();
  });
});

describe("answer timing", () => {
  it("measures from the latest earlier answer, else the start", () => {
    expect(previousAnswerAt(at(0), [])).toEqual(at(0));
    expect(previousAnswerAt(at(0), [at(20), at(50), at(30)])).toEqual(at(50));
    expect(answerTimeMs(at(50), at(62))).toBe(12_000);
  });
  it("clamps a clock going backwards to 0 and a walk-away to the maximum", () => {
    expect(answerTimeMs(at(50), at(40))).toBe(0);
    expect(answerTimeMs(at(0), new Date(at(0).getTime() + 3 * 3600_000))).toBe(MAX_ANSWER_TIME_MS);
  });
  it("formats durations", () => {
    expect(formatDuration(42_400)).toBe("42 s");
    expect(formatDuration(65_000)).toBe("1 min 05 s");
    expect(formatDuration(3_900_000)).toBe("1 h 05 min");
  });
});

describe("progress", () => {
  it("resumes at the first unanswered question in attempt order", () => {
    expect(currentQuestionIndex(["q1", "q2", "q3"], ["q1", "q3"])).toBe(1);
    expect(currentQuestionIndex(["q1", "q2"], ["q2", "q1"])).toBeNull();
    expect(currentQuestionIndex(["q1"], [])).toBe(0);
  });
});

describe("ordering moves", () => {
  it("moves an item up or down, clamped at the ends", () => {
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 0, 5)).toEqual(["b", "c", "a"]);
  });
  it("parses only permutations", () => {
    expect(parseOrder(formatOrder([2, 0, 1]), 3)).toEqual([2, 0, 1]);
    expect(parseOrder("0.0.1", 3)).toBeNull();
    expect(parseOrder("0.1", 3)).toBeNull();
    expect(parseOrder("0.1.3", 3)).toBeNull();
    expect(parseOrder("a.b.c", 3)).toBeNull();
    expect(parseOrder(undefined, 3)).toBeNull();
  });
  it("describes partial credit", () => {
    expect(describePairs(5, 6)).toBe("You got 5 of 6 pairs in the right order.");
  });
});
