import { describe, expect, it } from "vitest";
import { AnswerQueue, chooseResponse, pairKey, planWorkload, seededRandom, type BenchQuestion } from "./answer-workload";

const questions: BenchQuestion[] = Array.from({ length: 30 }, (_, i) =>
  i % 10 === 0
    ? { id: `q${i}`, kind: "chronology", answer: ["a", "b", "c"], choices: ["c", "a", "b"] }
    : { id: `q${i}`, kind: "year-choice", answer: "2014", choices: ["2010", "2014", "2013"] },
);

describe("planWorkload", () => {
  const plan = planWorkload({ questions, learners: 20, answersPerLearner: 15, random: seededRandom(7) });

  it("never plans the same (attempt, question) pair twice, nor one already answered", () => {
    const keys = [...plan.items, ...plan.preAnswers].map((a) => pairKey(a.attemptId, a.questionId));
    expect(new Set(keys).size).toBe(keys.length);
    expect(plan.items).toHaveLength(20 * 15);
  });

  it("only answers questions of the learner's own attempts", () => {
    const owner = new Map(plan.attempts.map((a) => [a.id, a]));
    for (const item of plan.items) {
      const attempt = owner.get(item.attemptId);
      expect(attempt?.userId).toBe(item.userId);
      expect(attempt?.questionIds).toContain(item.questionId);
    }
  });

  it("keeps one attempt's answers far apart and marks each attempt's last answer", () => {
    const first = plan.items.slice(0, 20).map((item) => item.userId);
    expect(new Set(first).size).toBe(20);
    const finishing = plan.items.filter((item) => item.finishes);
    expect(finishing.length).toBeGreaterThan(0);
    for (const item of finishing) {
      const attempt = plan.attempts.find((a) => a.id === item.attemptId);
      expect(attempt?.questionIds.at(-1)).toBe(item.questionId);
    }
  });

  it("repeats with the same seed", () => {
    const again = planWorkload({ questions, learners: 20, answersPerLearner: 15, random: seededRandom(7) });
    expect(again.items.map((i) => i.body)).toEqual(plan.items.map((i) => i.body));
  });
});

describe("chooseResponse", () => {
  const random = seededRandom(1);
  it("answers right with the answer and wrong with another real choice", () => {
    const single = questions[1] as BenchQuestion;
    expect(chooseResponse(single, true, random)).toBe("2014");
    for (let i = 0; i < 10; i++) expect(["2010", "2013"]).toContain(chooseResponse(single, false, random));
  });
  it("orders chronology events, reversed when wrong", () => {
    const chronology = questions[0] as BenchQuestion;
    expect(chooseResponse(chronology, true, random)).toEqual(["a", "b", "c"]);
    expect(chooseResponse(chronology, false, random)).toEqual(["c", "b", "a"]);
  });
});

describe("AnswerQueue", () => {
  it("hands out each item once and throws when dry", () => {
    const plan = planWorkload({ questions, learners: 1, answersPerLearner: 2, random: seededRandom(3) });
    const queue = new AnswerQueue(plan.items);
    const taken = plan.items.map(() => queue.take());
    expect(taken).toEqual(plan.items);
    expect(queue.taken).toBe(plan.items.length);
    expect(() => queue.take()).toThrow(/plan more/);
  });
});
