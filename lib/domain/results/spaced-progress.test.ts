import { describe, expect, it } from "vitest";
import { spacedProgress, spacedStanding, yearInEra } from "./spaced-progress";

describe("spaced progress", () => {
  it("averages predicted recall over every question, unstudied counting 0, and lists the weakest first", () => {
    const progress = spacedProgress(
      ["a", "b", "c", "d"],
      [
        { questionId: "a", retrievability: 0.95 },
        { questionId: "b", retrievability: 0.9 },
        { questionId: "c", retrievability: 0.5 },
        { questionId: "x", retrievability: 0.1 }, // not in the target
      ],
      0.85,
    );
    expect(progress.recall).toBeCloseTo(2.35 / 4, 9);
    expect(progress).toMatchObject({ met: false, strong: 2, reviewed: 3, total: 4, toReview: ["d", "c"] });
    expect(spacedStanding(progress)).toBe("below");
  });

  it("is met when the mean reaches the target, and not started without a reviewed card", () => {
    const met = spacedProgress(["a", "b"], [{ questionId: "a", retrievability: 0.9 }, { questionId: "b", retrievability: 0.8 }], 0.85);
    expect(met).toMatchObject({ met: true, toReview: ["b"] });
    expect(spacedStanding(met)).toBe("met");
    const fresh = spacedProgress(["a"], [{ questionId: "a", retrievability: null }], 0.85);
    expect(spacedStanding(fresh)).toBe("not-started");
    expect(spacedProgress([], [], 0.85)).toMatchObject({ met: false, total: 0, recall: 0 });
  });

  it("places a year in an era by inclusive, optional bounds", () => {
    expect([yearInEra(1990, { from: 1990, to: 2000 }), yearInEra(2001, { from: 1990, to: 2000 }), yearInEra(1800, { to: 1940 })]).toEqual([true, false, true]);
  });
});
