import { describe, expect, it } from "vitest";
import { AnswerValidationError } from "./answer-validation-error";
import type { GradableQuestion } from "./gradable-question";
import { gradeAnswer } from "./grade-answer";

const yearChoice: GradableQuestion = {
  id: "q-year",
  kind: "year-choice",
  answer: "1899",
  choices: ["1873", "1899", "1917", "1940"],
};
const whoWhat: GradableQuestion = {
  id: "q-who",
  kind: "who-what",
  answer: "Sakura Maru",
  choices: ["Sakura Maru", "Itsukushima Maru", "Heian Maru"],
};
const eventForDate: GradableQuestion = {
  id: "q-event",
  kind: "event-for-date",
  answer: "First Japanese immigrants arrive in Callao.",
  choices: ["First Japanese immigrants arrive in Callao.", "Treaty of Peace, Friendship, Commerce and Navigation signed."],
};
const trueFalse: GradableQuestion = { id: "q-tf", kind: "true-false", answer: "False", choices: ["True", "False"] };
const dateCloze: GradableQuestion = {
  id: "q-date",
  kind: "date-cloze",
  answer: "3 April 1899",
  choices: ["3 April 1899", "21 August 1873", "13 May 1940"],
};
const numberCloze: GradableQuestion = { id: "q-num", kind: "number-cloze", answer: "23,000" };
const events = ["Treaty signed", "First immigrants arrive", "Riots in Lima", "Deportations to the US"];
const chronology: GradableQuestion = { id: "q-chrono", kind: "chronology", answer: events };

function validationCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AnswerValidationError) return error.code;
    throw error;
  }
  return undefined;
}

describe("gradeAnswer: choice kinds", () => {
  it("accepts the right choice with normalisation", () => {
    expect(gradeAnswer(yearChoice, " 1899 ")).toEqual({ correct: true, score: 1, expected: "1899" });
    expect(gradeAnswer(whoWhat, "sakura  MARU")).toMatchObject({ correct: true, score: 1 });
    expect(gradeAnswer(eventForDate, "first japanese immigrants arrive in callao")).toMatchObject({ correct: true });
  });

  it("grades a wrong choice 0 and says what was expected", () => {
    expect(gradeAnswer(yearChoice, "1873")).toEqual({
      correct: false,
      score: 0,
      expected: "1899",
    });
  });

  it("rejects a response that is not a choice, or a list", () => {
    expect(validationCode(() => gradeAnswer(yearChoice, "1900"))).toBe("unknown-choice");
    expect(validationCode(() => gradeAnswer(whoWhat, ["Sakura Maru"]))).toBe("wrong-shape");
  });
});

describe("gradeAnswer: true-false", () => {
  it("takes True/False in any case", () => {
    expect(gradeAnswer(trueFalse, "False")).toMatchObject({ correct: true, score: 1 });
    expect(gradeAnswer(trueFalse, "false")).toMatchObject({ correct: true });
    expect(gradeAnswer(trueFalse, "TRUE")).toMatchObject({ correct: false, score: 0 });
  });

  it("rejects anything else", () => {
    expect(validationCode(() => gradeAnswer(trueFalse, "yes"))).toBe("unknown-choice");
    expect(validationCode(() => gradeAnswer(trueFalse, ""))).toBe("unknown-choice");
  });
});

describe("gradeAnswer: cloze kinds", () => {
  it("date-cloze accepts the chosen choice or an equivalent typed date", () => {
    expect(gradeAnswer(dateCloze, "3 April 1899")).toMatchObject({ correct: true });
    expect(gradeAnswer(dateCloze, "April 3, 1899")).toMatchObject({ correct: true });
    expect(gradeAnswer(dateCloze, "1899-04-03")).toMatchObject({ correct: true });
    expect(gradeAnswer(dateCloze, "April 1899")).toMatchObject({ correct: false });
    expect(gradeAnswer(dateCloze, "21 August 1873")).toMatchObject({ correct: false, score: 0 });
  });

  it("date-cloze accepts typed text that is not a choice (no validation error)", () => {
    expect(gradeAnswer(dateCloze, "4 April 1899")).toMatchObject({ correct: false });
  });

  it("number-cloze treats 23,000, 23000 and 23 000 as equal", () => {
    expect(gradeAnswer(numberCloze, "23000")).toMatchObject({ correct: true, score: 1, expected: "23,000" });
    expect(gradeAnswer(numberCloze, "23,000.")).toMatchObject({ correct: true });
    expect(gradeAnswer(numberCloze, "23 000")).toMatchObject({ correct: true });
    expect(gradeAnswer(numberCloze, "２３０００")).toMatchObject({ correct: true });
    expect(gradeAnswer(numberCloze, "2300")).toMatchObject({ correct: false });
  });

  it("an empty typed answer is wrong, not invalid", () => {
    expect(gradeAnswer(numberCloze, "   ")).toMatchObject({ correct: false, score: 0 });
  });
});

describe("gradeAnswer: chronology partial credit (pairwise / Kendall)", () => {
  const [a, b, c, d] = events as [string, string, string, string];

  it.each([
    ["perfect", [a, b, c, d], 1],
    ["one adjacent swap", [b, a, c, d], 5 / 6],
    ["two adjacent swaps", [b, a, d, c], 4 / 6],
    ["first moved to the end", [b, c, d, a], 3 / 6],
    ["fully reversed", [d, c, b, a], 0],
  ])("%s", (_name, response, score) => {
    const result = gradeAnswer(chronology, response);
    expect(result.score).toBeCloseTo(score, 12);
    expect(result.correct).toBe(score === 1);
    expect(result.expected).toEqual(events);
  });

  it("gives partial credit for the pairs in order", () => {
    expect(gradeAnswer(chronology, [b, a, c, d]).score).toBeCloseTo(5 / 6);
  });

  it("matches items after normalisation", () => {
    expect(gradeAnswer(chronology, ["treaty signed.", b, c, d]).score).toBe(1);
  });

  it("three events: one swap scores 2/3", () => {
    const q: GradableQuestion = { id: "q3", kind: "chronology", answer: ["x", "y", "z"] };
    expect(gradeAnswer(q, ["x", "z", "y"]).score).toBeCloseTo(2 / 3, 12);
  });

  it("rejects wrong length, unknown and duplicate items, and a plain string", () => {
    expect(validationCode(() => gradeAnswer(chronology, [a, b, c]))).toBe("wrong-length");
    expect(validationCode(() => gradeAnswer(chronology, [a, b, c, "Moon landing"]))).toBe("unknown-item");
    expect(validationCode(() => gradeAnswer(chronology, [a, b, c, c]))).toBe("duplicate-item");
    expect(validationCode(() => gradeAnswer(chronology, a))).toBe("wrong-shape");
  });

  it("flags a malformed question as invalid-question", () => {
    const broken: GradableQuestion = { id: "bad", kind: "chronology", answer: "x" };
    expect(validationCode(() => gradeAnswer(broken, ["x"]))).toBe("invalid-question");
  });
});
