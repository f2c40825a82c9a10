import { describe, expect, it } from "vitest";
import { newCardState, type CardState } from "./card-state";
import { reviewCard } from "./review-card";
import { InvalidRetentionError } from "./scheduler-options";
import { stateBeforeReview } from "./state-before-review";

const NOW = new Date("2024-05-01T09:00:00Z");
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** new → good → good at its due date: a card in review state. */
function graduatedCard(): { state: CardState; at: Date } {
  const first = reviewCard(newCardState(NOW), "good", NOW);
  const second = reviewCard(first.state, "good", first.state.due);
  return { state: second.state, at: second.state.due };
}

describe("newCardState", () => {
  it("is a new card due now with no history", () => {
    expect(newCardState(NOW)).toEqual({
      due: NOW,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: "new",
      lastReview: null,
    });
  });
});

describe("reviewCard", () => {
  it("new → good moves to learning with a due date in the future", () => {
    const { state, log } = reviewCard(newCardState(NOW), "good", NOW);
    expect(state.state).toBe("learning");
    expect(state.due.getTime()).toBe(NOW.getTime() + 10 * MIN);
    expect(state.reps).toBe(1);
    expect(state.lastReview).toEqual(NOW);
    expect(state.stability).toBeGreaterThan(0);
    expect(log).toMatchObject({ rating: "good", state: "new", reviewedAt: NOW, elapsedDays: 0, stability: 0 });
  });

  it("new → easy graduates straight to review with a multi-day interval", () => {
    const { state } = reviewCard(newCardState(NOW), "easy", NOW);
    expect(state.state).toBe("review");
    expect(state.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(state.due.getTime()).toBe(NOW.getTime() + state.scheduledDays * DAY);
  });

  it("good after the learning step graduates to days", () => {
    const { state } = graduatedCard();
    expect(state.state).toBe("review");
    expect(state.scheduledDays).toBe(2);
    expect(state.reps).toBe(2);
  });

  it("again keeps the interval short and counts a lapse on a review card", () => {
    const { state, at } = graduatedCard();
    const again = reviewCard(state, "again", at);
    expect(again.state.state).toBe("relearning");
    expect(again.state.lapses).toBe(1);
    expect(again.state.due.getTime() - at.getTime()).toBeLessThanOrEqual(10 * MIN);
    expect(again.state.stability).toBeLessThan(state.stability);
    expect(again.log).toMatchObject({ rating: "again", state: "review", elapsedDays: 2, scheduledDays: 2 });
  });

  it("again on a new card is due within minutes", () => {
    const { state } = reviewCard(newCardState(NOW), "again", NOW);
    expect(state.due.getTime()).toBe(NOW.getTime() + 1 * MIN);
  });

  it("higher desired retention gives shorter intervals", () => {
    const { state, at } = graduatedCard();
    const days = (r: number) => reviewCard(state, "good", at, { desiredRetention: r }).state.scheduledDays;
    expect(days(0.8)).toBeGreaterThan(days(0.9));
    expect(days(0.9)).toBeGreaterThan(days(0.95));
    expect(days(0.95)).toBeGreaterThan(days(0.97));
  });

  it("is deterministic and does not mutate its input", () => {
    const { state, at } = graduatedCard();
    const snapshot = structuredClone(state);
    const a = reviewCard(state, "hard", at);
    const b = reviewCard(state, "hard", at);
    expect(a).toEqual(b);
    expect(state).toEqual(snapshot);
  });

  it("fuzz with a seed is reproducible and stays near the unfuzzed interval", () => {
    const { state, at } = graduatedCard();
    const plain = reviewCard(state, "good", at).state.scheduledDays;
    const fuzzed = (seed: string) =>
      reviewCard(state, "good", at, { enableFuzz: true, fuzzSeed: seed }).state.scheduledDays;
    expect(fuzzed("q-1")).toBe(fuzzed("q-1"));
    expect(Math.abs(fuzzed("q-1") - plain)).toBeLessThanOrEqual(Math.ceil(plain * 0.25));
  });

  it("rejects retention outside 0.80–0.97 with a typed error", () => {
    const card = newCardState(NOW);
    expect(() => reviewCard(card, "good", NOW, { desiredRetention: 0.99 })).toThrow(InvalidRetentionError);
    expect(() => reviewCard(card, "good", NOW, { desiredRetention: 0.5 })).toThrow(/between 0.8 and 0.97/);
    expect(() => reviewCard(card, "good", NOW, { desiredRetention: Number.NaN })).toThrow(InvalidRetentionError);
  });
});

describe("stateBeforeReview", () => {
  it("restores the exact previous state, dates included", () => {
    const { state, at } = graduatedCard();
    const before = structuredClone(state);
    const { log } = reviewCard(state, "again", at);
    const restored = stateBeforeReview(log);
    expect(restored).toEqual(before);
    expect(restored.due).not.toBe(state.due);
  });

  it("restores a new card (lastReview null) after its first review", () => {
    const card = newCardState(NOW);
    const { log } = reviewCard(card, "easy", NOW);
    expect(stateBeforeReview(log)).toEqual(card);
  });

  it("survives a JSON-style round trip of the log when dates are revived", () => {
    const { state, at } = graduatedCard();
    const { log } = reviewCard(state, "good", at);
    const revived = JSON.parse(JSON.stringify(log)) as { previous: Record<string, unknown> };
    const previous = {
      ...(revived.previous as unknown as CardState),
      due: new Date(revived.previous.due as string),
      lastReview: new Date(revived.previous.lastReview as string),
    };
    expect(stateBeforeReview({ previous })).toEqual(state);
  });
});
