import { describe, expect, it } from "vitest";
import { newCardState } from "./card-state";
import { formatInterval, intervalAmount } from "./interval-label";
import { previewIntervals } from "./preview-intervals";
import { reviewCard } from "./review-card";

const NOW = new Date("2024-05-01T09:00:00Z");
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe("formatInterval", () => {
  it.each([
    [30_000, "<1 min"],
    [1 * MIN, "1 min"],
    [10 * MIN, "10 min"],
    [90 * MIN, "2 h"],
    [1 * DAY, "1 d"],
    [4 * DAY, "4 d"],
    [29 * DAY, "29 d"],
    [45 * DAY, "1.5 mo"],
    [60 * DAY, "2 mo"],
    [300 * DAY, "10 mo"],
    [365 * DAY, "1 y"],
    [438 * DAY, "1.2 y"],
  ])("%d ms → %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

describe("intervalAmount", () => {
  it.each([
    [30_000, "underAMinute", 0],
    [10 * MIN, "minute", 10],
    [90 * MIN, "hour", 2],
    [9 * DAY, "day", 9],
    [45 * DAY, "month", 1.5],
    [438 * DAY, "year", 1.2],
  ])("%d ms → %s %d", (ms, unit, count) => {
    expect(intervalAmount(ms)).toEqual({ unit, count });
  });
});

describe("previewIntervals", () => {
  it("labels each button of a new card", () => {
    const preview = previewIntervals(newCardState(NOW), NOW);
    expect(preview.map((p) => [p.rating, p.label])).toEqual([
      ["again", "1 min"],
      ["hard", "6 min"],
      ["good", "10 min"],
      ["easy", "8 d"],
    ]);
    expect(preview[2]?.due).toEqual(new Date(NOW.getTime() + 10 * MIN));
  });

  it("matches what reviewCard actually does", () => {
    const learning = reviewCard(newCardState(NOW), "good", NOW).state;
    const at = learning.due;
    for (const p of previewIntervals(learning, at)) {
      expect(reviewCard(learning, p.rating, at).state.due).toEqual(p.due);
    }
  });

  it("intervals grow from again to easy on a review card", () => {
    const learning = reviewCard(newCardState(NOW), "good", NOW).state;
    const review = reviewCard(learning, "good", learning.due).state;
    const ms = previewIntervals(review, review.due).map((p) => p.intervalMs);
    expect(ms).toEqual([...ms].sort((a, b) => a - b));
    expect(previewIntervals(review, review.due).map((p) => p.label)).toEqual(["10 min", "8 d", "11 d", "19 d"]);
  });
});
