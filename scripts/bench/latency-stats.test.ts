import { describe, expect, it } from "vitest";
import { percentile, summarizeLatencies, tally } from "./latency-stats";

describe("latency stats", () => {
  it("takes nearest-rank percentiles", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("sorts numerically, not as strings", () => {
    const summary = summarizeLatencies([10, 9, 100, 2, 1000]);
    expect(summary).toEqual({ count: 5, p50: 10, p95: 1000, p99: 1000, max: 1000 });
  });

  it("counts by key", () => {
    const counts: Record<string, number> = {};
    tally(counts, 200);
    tally(counts, 200);
    tally(counts, "timeout");
    expect(counts).toEqual({ "200": 2, timeout: 1 });
  });
});
