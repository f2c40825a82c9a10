import { describe, expect, it } from "vitest";
import { masteryByEvent } from "./mastery-by-event";

const event = (id: string, factIds: string[]) => ({ id, sources: factIds.map((factId) => ({ factId })) });
const timeline = { events: [event("e-1899", ["f-a", "f-b"]), event("e-1873", ["f-c"]), event("e-empty", ["f-d"])] } as never;

describe("masteryByEvent", () => {
  it("pools the questions of every source of an event, counting a question on two of its facts once", () => {
    const result = masteryByEvent(
      timeline,
      [
        { questionId: "q1", factIds: ["f-a", "f-b"], retrievability: 1 },
        { questionId: "q2", factIds: ["f-b"], retrievability: null },
        { questionId: "q3", factIds: ["f-c"], retrievability: 0.5 },
      ],
      [],
    );
    expect(result).toEqual([
      { eventId: "e-1899", mastery: 0.5, seen: 1, total: 2 },
      { eventId: "e-1873", mastery: 0.5, seen: 1, total: 1 },
    ]);
  });
});
