import { describe, expect, it } from "vitest";
import { newCardState, type CardState } from "../scheduling/card-state";
import { cardFromQuestion } from "./card-from-question";

const source = { documentId: "doc-1", sectionId: "s1", sentenceId: "s1-3", quote: "In 1899 the Sakura Maru arrived." };

describe("cardFromQuestion", () => {
  it("uses prompt and answer for single-answer kinds", () => {
    const card = cardFromQuestion(
      { kind: "year-choice", prompt: "When did the Sakura Maru arrive?", answer: "1899", source },
      null,
      { documentTitle: (id) => (id === "doc-1" ? "Immigration history" : undefined), tags: ["L1"] },
    );
    expect(card).toEqual({
      front: "When did the Sakura Maru arrive?",
      back: "1899",
      sourceDocument: "Immigration history",
      quote: source.quote,
      due: null,
      state: null,
      tags: ["L1"],
    });
  });

  it("chronology: front lists the events alphabetically, back numbers them in order", () => {
    const card = cardFromQuestion(
      { kind: "chronology", prompt: "Put in order", answer: ["Treaty", "Arrival", "Riots"], source },
      null,
    );
    expect(card.front).toBe("Put in order\n• Arrival\n• Riots\n• Treaty");
    expect(card.back).toBe("1. Treaty\n2. Arrival\n3. Riots");
    expect(card.sourceDocument).toBe("doc-1");
  });

  it("carries due and state of studied cards only", () => {
    const now = new Date("2024-05-10T12:00:00Z");
    const studied: CardState = { ...newCardState(now), state: "review", due: new Date("2024-05-20T12:00:00Z") };
    const q = { kind: "true-false", prompt: "P", answer: "True", source };
    expect(cardFromQuestion(q, studied)).toMatchObject({ due: new Date("2024-05-20T12:00:00Z"), state: "review" });
    expect(cardFromQuestion(q, newCardState(now))).toMatchObject({ due: null, state: "new" });
  });
});
