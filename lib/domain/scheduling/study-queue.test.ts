import { describe, expect, it } from "vitest";
import { newCardState, type CardState } from "./card-state";
import { selectStudyQueue, type QueueCandidate } from "./study-queue";

const NOW = new Date("2024-05-10T12:00:00Z");
const HOUR = 60 * 60 * 1000;

function reviewDueAt(offsetHours: number): CardState {
  return {
    ...newCardState(NOW),
    state: "review",
    reps: 3,
    stability: 5,
    difficulty: 5,
    scheduledDays: 4,
    due: new Date(NOW.getTime() + offsetHours * HOUR),
    lastReview: new Date(NOW.getTime() - 96 * HOUR),
  };
}

const cards: QueueCandidate[] = [
  { questionId: "n1", lessonId: "L1", state: null },
  { questionId: "d-slightly", lessonId: "L1", state: reviewDueAt(-1) },
  { questionId: "n2", lessonId: "L2", state: newCardState(NOW) },
  { questionId: "future", lessonId: "L1", state: reviewDueAt(2) },
  { questionId: "d-very", lessonId: "L2", state: reviewDueAt(-72) },
  { questionId: "n3", lessonId: "L2", state: null },
  { questionId: "d-now", lessonId: "L1", state: reviewDueAt(0) },
  { questionId: "d-tie-b", lessonId: "L1", state: reviewDueAt(-10) },
  { questionId: "d-tie-a", lessonId: "L1", state: reviewDueAt(-10) },
];

describe("selectStudyQueue", () => {
  it("puts due cards first, most overdue first, ties by id, then new cards in input order", () => {
    const queue = selectStudyQueue({ cards, now: NOW, newPerDay: 10, newIntroducedToday: 0 });
    expect(queue.items.map((i) => i.questionId)).toEqual([
      "d-very",
      "d-tie-a",
      "d-tie-b",
      "d-slightly",
      "d-now",
      "n1",
      "n2",
      "n3",
    ]);
    expect(queue.dueCount).toBe(5);
    expect(queue.newCount).toBe(3);
    expect(queue.newRemainingToday).toBe(7);
    expect(queue.nextDueAt).toEqual(new Date(NOW.getTime() + 2 * HOUR));
  });

  it("respects what is left of the daily new limit", () => {
    const queue = selectStudyQueue({ cards, now: NOW, newPerDay: 5, newIntroducedToday: 3 });
    expect(queue.items.filter((i) => i.kind === "new").map((i) => i.questionId)).toEqual(["n1", "n2"]);
    expect(queue.newRemainingToday).toBe(0);
  });

  it("shows no new cards once the limit is reached, but still all due cards", () => {
    const queue = selectStudyQueue({ cards, now: NOW, newPerDay: 5, newIntroducedToday: 7 });
    expect(queue.newCount).toBe(0);
    expect(queue.dueCount).toBe(5);
  });

  it("is deterministic regardless of input order for due cards and drops duplicate ids", () => {
    const reversed = selectStudyQueue({ cards: [...cards].reverse(), now: NOW, newPerDay: 0, newIntroducedToday: 0 });
    const forward = selectStudyQueue({ cards, now: NOW, newPerDay: 0, newIntroducedToday: 0 });
    expect(reversed.items).toEqual(forward.items);
    const dup = selectStudyQueue({ cards: [...cards, cards[1]!], now: NOW, newPerDay: 0, newIntroducedToday: 0 });
    expect(dup.dueCount).toBe(5);
  });

  it("rejects a negative or fractional limit", () => {
    expect(() => selectStudyQueue({ cards, now: NOW, newPerDay: -1, newIntroducedToday: 0 })).toThrow(RangeError);
    expect(() => selectStudyQueue({ cards, now: NOW, newPerDay: 2.5, newIntroducedToday: 0 })).toThrow(RangeError);
  });

  it("returns nextDueAt null when nothing is scheduled later", () => {
    expect(selectStudyQueue({ cards: [], now: NOW, newPerDay: 5, newIntroducedToday: 0 })).toEqual({
      items: [],
      dueCount: 0,
      newCount: 0,
      newRemainingToday: 5,
      nextDueAt: null,
      buriedCount: 0,
    });
  });

  it("buries siblings: one card per fact or sentence a day, and none whose sibling was reviewed today", () => {
    const siblings: QueueCandidate[] = [
      { questionId: "kishi-review", lessonId: "L1", state: reviewDueAt(-5), siblingKeys: ["fact:kishi"] },
      { questionId: "kishi-review-2", lessonId: "L1", state: reviewDueAt(-1), siblingKeys: ["fact:kishi", "sentence:s1"] },
      { questionId: "kishi-new", lessonId: "L1", state: null, siblingKeys: ["fact:kishi", "sentence:s1"] },
      { questionId: "maru-new", lessonId: "L1", state: null, siblingKeys: ["fact:maru", "sentence:s2"] },
      { questionId: "maru-new-2", lessonId: "L1", state: null, siblingKeys: ["sentence:s2"] },
      { questionId: "epa-new", lessonId: "L1", state: null, siblingKeys: ["fact:epa"] },
    ];
    const today = selectStudyQueue({ cards: siblings, now: NOW, newPerDay: 10, newIntroducedToday: 0 });
    expect(today.items.map((i) => i.questionId)).toEqual(["kishi-review", "maru-new", "epa-new"]);
    expect(today).toMatchObject({ dueCount: 1, newCount: 2, buriedCount: 3 });

    const afterEpa = selectStudyQueue({
      cards: siblings,
      now: NOW,
      newPerDay: 10,
      newIntroducedToday: 0,
      reviewedTodayKeys: new Set(["fact:epa", "fact:kishi"]),
    });
    expect(afterEpa.items.map((i) => i.questionId)).toEqual(["maru-new"]);
  });

  it("never buries a learning card, but a learning card buries its new siblings", () => {
    const learning: CardState = { ...reviewDueAt(-0.1), state: "learning" };
    const queue = selectStudyQueue({
      cards: [
        { questionId: "learning", lessonId: "L1", state: learning, siblingKeys: ["fact:kishi"] },
        { questionId: "kishi-new", lessonId: "L1", state: null, siblingKeys: ["fact:kishi"] },
      ],
      now: NOW,
      newPerDay: 10,
      newIntroducedToday: 0,
      reviewedTodayKeys: new Set(["fact:kishi"]),
    });
    expect(queue.items.map((i) => i.questionId)).toEqual(["learning"]);
    expect(queue.buriedCount).toBe(1);
  });
});
