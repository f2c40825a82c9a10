import { describe, expect, it } from "vitest";
import { newCardState } from "./card-state";
import { retrievability } from "./retrievability";
import { reviewCard } from "./review-card";

const NOW = new Date("2024-05-01T09:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

describe("retrievability", () => {
  it("is 0 for a new card", () => {
    expect(retrievability(newCardState(NOW), NOW)).toBe(0);
  });

  it("is 1 right after a review and decays towards the desired retention at the due date", () => {
    const learning = reviewCard(newCardState(NOW), "good", NOW).state;
    const review = reviewCard(learning, "good", learning.due).state;
    expect(retrievability(review, review.lastReview ?? NOW)).toBe(1);
    const atDue = retrievability(review, review.due);
    expect(atDue).toBeGreaterThan(0.88);
    expect(atDue).toBeLessThan(0.93);
    const later = retrievability(review, new Date(review.due.getTime() + 30 * DAY));
    expect(later).toBeLessThan(atDue);
    expect(later).toBeGreaterThan(0);
  });

  it("decays within a day (fractional elapsed time)", () => {
    const review = reviewCard(newCardState(NOW), "easy", NOW).state;
    const morning = retrievability(review, new Date(NOW.getTime() + 2 * 60 * 60 * 1000));
    const evening = retrievability(review, new Date(NOW.getTime() + 12 * 60 * 60 * 1000));
    expect(evening).toBeLessThan(morning);
  });
});
