import { describe, expect, it } from "vitest";
import { InvalidRetentionError, clampRetention, validateRetention } from "./scheduler-options";
import { workloadEstimate } from "./workload-estimate";

describe("workloadEstimate", () => {
  it("uses 0.90 as the baseline", () => {
    expect(workloadEstimate(0.9)).toMatchObject({ relativeToDefault: 1, summary: "0.90 is the default workload" });
  });

  it("costs more reviews for higher retention, fewer for lower", () => {
    const low = workloadEstimate(0.8).relativeToDefault;
    const high = workloadEstimate(0.95).relativeToDefault;
    const highest = workloadEstimate(0.97).relativeToDefault;
    expect(low).toBeLessThan(1);
    expect(high).toBeGreaterThan(1.2);
    expect(highest).toBeGreaterThan(high);
  });

  it("is deterministic and explains itself in one sentence", () => {
    const a = workloadEstimate(0.95);
    expect(workloadEstimate(0.95)).toEqual(a);
    expect(a.summary).toBe(`0.95 ≈ ${a.relativeToDefault.toFixed(1)}× the reviews of 0.90`);
  });

  it("rejects out-of-range retention", () => {
    expect(() => workloadEstimate(0.99)).toThrow(InvalidRetentionError);
  });
});

describe("retention validation", () => {
  it("accepts the bounds and rejects outside them", () => {
    expect(validateRetention(0.8)).toBe(0.8);
    expect(validateRetention(0.97)).toBe(0.97);
    expect(() => validateRetention(0.79)).toThrow(InvalidRetentionError);
    expect(() => validateRetention("0.9")).toThrow(InvalidRetentionError);
  });

  it("clamps for sliders", () => {
    expect(clampRetention(0.5)).toBe(0.8);
    expect(clampRetention(1)).toBe(0.97);
    expect(clampRetention(Number.NaN)).toBe(0.9);
    expect(clampRetention(0.93)).toBe(0.93);
  });
});

describe("workloadEstimate across the settings range", () => {
  it("never says that more retention costs fewer reviews", () => {
    let previous = 0;
    for (let step = 80; step <= 97; step++) {
      const estimate = workloadEstimate(step / 100);
      expect(estimate.reviewsPerCardPerYear).toBeGreaterThanOrEqual(previous);
      previous = estimate.reviewsPerCardPerYear;
    }
  });
});
