import { describe, expect, it } from "vitest";
import { masteryByFact } from "./mastery-by-fact";
import { masteryByLesson } from "./mastery-by-lesson";
import { questionMastery } from "./question-mastery";

const day = (n: number) => new Date(Date.UTC(2024, 4, n));

describe("questionMastery", () => {
  it("prefers retrievability over quiz answers", () => {
    expect(questionMastery({ retrievability: 0.8, quizAnswers: [{ questionId: "q", score: 0, answeredAt: day(1) }] })).toEqual({
      mastery: 0.8,
      seen: true,
    });
  });

  it("uses the mean of the latest 3 quiz scores when never reviewed", () => {
    const answers = [
      { questionId: "q", score: 0, answeredAt: day(1) }, // oldest: dropped
      { questionId: "q", score: 1, answeredAt: day(4) },
      { questionId: "q", score: 0.5, answeredAt: day(3) },
      { questionId: "q", score: 0, answeredAt: day(2) },
    ];
    expect(questionMastery({ retrievability: null, quizAnswers: answers })).toEqual({ mastery: 0.5, seen: true });
  });

  it("is 0 and unseen without evidence", () => {
    expect(questionMastery({ retrievability: null, quizAnswers: [] })).toEqual({ mastery: 0, seen: false });
  });
});

describe("masteryByLesson", () => {
  it("averages over every question of the lesson, unseen counting 0", () => {
    const result = masteryByLesson(
      [
        { questionId: "q1", lessonId: "L1", retrievability: 0.9 },
        { questionId: "q2", lessonId: "L1", retrievability: null },
        { questionId: "q3", lessonId: "L1", retrievability: null },
        { questionId: "q4", lessonId: "L1", retrievability: null },
        { questionId: "q5", lessonId: "L2", retrievability: null },
      ],
      [
        { questionId: "q2", score: 1, answeredAt: day(1) },
        { questionId: "q3", score: 0, answeredAt: day(1) },
        { questionId: "q3", score: 1, answeredAt: day(2) },
        { questionId: "unknown", score: 1, answeredAt: day(2) },
      ],
    );
    // L1: (0.9 + 1 + 0.5 + 0) / 4
    expect(result).toEqual([
      { lessonId: "L1", mastery: 0.6, seen: 3, total: 4 },
      { lessonId: "L2", mastery: 0, seen: 0, total: 1 },
    ]);
  });
});

describe("masteryByFact", () => {
  it("counts a question towards each of its facts, once", () => {
    const result = masteryByFact(
      [
        { questionId: "q1", factIds: ["f1", "f2"], retrievability: 1 },
        { questionId: "q2", factIds: ["f2"], retrievability: 0.5 },
        { questionId: "q2", factIds: ["f2"], retrievability: 0.5 },
        { questionId: "q3", factIds: [], retrievability: 1 },
      ],
      [],
    );
    expect(result).toEqual([
      { factId: "f1", mastery: 1, seen: 1, total: 1 },
      { factId: "f2", mastery: 0.75, seen: 2, total: 2 },
    ]);
  });
});
