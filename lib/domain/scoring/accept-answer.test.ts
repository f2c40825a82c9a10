import { describe, expect, it } from "vitest";
import { AnswerConflictError, acceptAnswer, type StoredAnswerKey } from "./accept-answer";

interface Row extends StoredAnswerKey {
  id: string;
  score: number;
}

const stored: Row[] = [
  { id: "a1", attemptId: "t1", questionId: "q1", response: "1899", clientSubmissionId: "c-1", score: 1 },
  { id: "a2", attemptId: "t1", questionId: "q2", response: ["x", "y"], score: 0 },
];

describe("acceptAnswer", () => {
  it("accepts the first answer to a question", () => {
    const submission = { attemptId: "t1", questionId: "q3", response: "Lima" };
    expect(acceptAnswer(stored, submission)).toEqual({ status: "new", submission });
  });

  it("treats the same question in another attempt as new", () => {
    expect(acceptAnswer(stored, { attemptId: "t2", questionId: "q1", response: "1873" }).status).toBe("new");
  });

  it("returns the stored answer unchanged when the same answer is submitted again", () => {
    const result = acceptAnswer(stored, { attemptId: "t1", questionId: "q1", response: " 1899 " });
    expect(result).toEqual({ status: "duplicate", answer: stored[0] });
    if (result.status === "duplicate") expect(result.answer).toBe(stored[0]);
    expect(acceptAnswer(stored, { attemptId: "t1", questionId: "q2", response: ["X", "y"] }).status).toBe("duplicate");
  });

  it("treats a retry with the same clientSubmissionId as a duplicate", () => {
    const result = acceptAnswer(stored, { attemptId: "t1", questionId: "q1", response: "1873", clientSubmissionId: "c-1" });
    expect(result.status).toBe("duplicate");
  });

  it("rejects a different second answer instead of overwriting", () => {
    expect(() => acceptAnswer(stored, { attemptId: "t1", questionId: "q1", response: "1873" })).toThrow(AnswerConflictError);
    expect(() => acceptAnswer(stored, { attemptId: "t1", questionId: "q2", response: ["y", "x"] })).toThrow(
      AnswerConflictError,
    );
    expect(() => acceptAnswer(stored, { attemptId: "t1", questionId: "q2", response: "x" })).toThrow(AnswerConflictError);
    try {
      acceptAnswer(stored, { attemptId: "t1", questionId: "q1", response: "1873", clientSubmissionId: "c-2" });
    } catch (error) {
      expect(error).toBeInstanceOf(AnswerConflictError);
      expect((error as AnswerConflictError).code).toBe("answer-conflict");
      expect((error as AnswerConflictError).existing).toBe(stored[0]);
    }
  });
});
