import { describe, expect, it } from "vitest";
import { summarizeAttempt } from "./summarize-attempt";

const T0 = new Date("2024-05-01T10:00:00Z").getTime();
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const questions = [{ id: "q1" }, { id: "q2" }, { id: "q3" }, { id: "q4" }];

describe("summarizeAttempt", () => {
  it("scores over all questions, unanswered counting as missed", () => {
    const summary = summarizeAttempt(
      [
        { questionId: "q1", correct: true, score: 1, answeredAt: at(10) },
        { questionId: "q2", correct: false, score: 0.5, answeredAt: at(40) },
        { questionId: "q3", correct: true, score: 1, answeredAt: at(70) },
      ],
      questions,
      { startedAt: at(0) },
    );
    expect(summary).toEqual({ score: 2.5 / 4, correctCount: 2, total: 4, durationMs: 70_000, missed: ["q2", "q4"] });
  });

  it("falls back to first/last answer for duration and counts only the first answer per question", () => {
    const summary = summarizeAttempt(
      [
        { questionId: "q1", correct: false, score: 0, answeredAt: at(30) },
        { questionId: "q1", correct: true, score: 1, answeredAt: at(50) },
        { questionId: "q2", correct: true, score: 1, answeredAt: at(80) },
        { questionId: "other", correct: true, score: 1, answeredAt: at(90) },
      ],
      questions,
    );
    expect(summary).toMatchObject({ score: 1 / 4, correctCount: 1, durationMs: 50_000, missed: ["q1", "q3", "q4"] });
  });

  it("handles an empty attempt", () => {
    expect(summarizeAttempt([], [])).toEqual({ score: 0, correctCount: 0, total: 0, durationMs: 0, missed: [] });
  });
});
