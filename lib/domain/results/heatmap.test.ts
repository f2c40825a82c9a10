import { describe, expect, it } from "vitest";
import { buildHeatmap } from "./heatmap";

describe("heatmap", () => {
  it("has a column per question and a cell per student in words, not colour", () => {
    const answers = new Map([
      ["q1", { correct: true, score: 1 }],
      ["q2", { correct: false, score: 0.5 }],
      ["q3", { correct: false, score: 0 }],
    ]);
    const heatmap = buildHeatmap(["q1", "q2", "q3", "q4"], [
      { studentId: "a", name: "Ana", answers },
      { studentId: "d", name: "Dan", answers: null },
    ]);
    expect(heatmap.columns.map((c) => c.label)).toEqual(["Q1", "Q2", "Q3", "Q4"]);
    expect(heatmap.rows[0]?.cells.map((c) => c.outcome)).toEqual(["correct", "partial", "wrong", "unanswered"]);
    expect(heatmap.rows[0]?.cells[1]?.score).toBe(0.5);
    expect(heatmap.rows[1]?.cells.every((c) => c.outcome === "no-attempt" && c.score === null)).toBe(true);
  });
});
