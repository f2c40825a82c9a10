import { describe, expect, it } from "vitest";
import { extremeGroups, extremeGroupSize, itemStatistics as fromCounts, type QuestionTally } from "./item-statistics";

interface ScoredStudent {
  studentId: string;
  total: number;
  answers: Map<string, { correct: boolean; response: string }>;
}

function student(studentId: string, total: number, answers: Record<string, [boolean, string]>): ScoredStudent {
  return { studentId, total, answers: new Map(Object.entries(answers).map(([q, [correct, response]]) => [q, { correct, response }])) };
}

/** Counts as the database gives them (one attempt per student, named after the student), then the figures. */
function itemStatistics(questionIds: string[], students: readonly ScoredStudent[]) {
  const groups = extremeGroups(students.map((s) => ({ studentId: s.studentId, attemptId: s.studentId, total: s.total })));
  const upper = new Set(groups.upper);
  const lower = new Set(groups.lower);
  const tallies = new Map<string, QuestionTally>();
  for (const questionId of questionIds) {
    const wrong = new Map<string, number>();
    const tally = { correct: 0, upperCorrect: 0, lowerCorrect: 0, wrongResponses: [] as { response: string; count: number }[] };
    for (const s of students) {
      const answer = s.answers.get(questionId);
      if (answer?.correct) {
        tally.correct++;
        if (upper.has(s.studentId)) tally.upperCorrect++;
        if (lower.has(s.studentId)) tally.lowerCorrect++;
      } else if (answer) wrong.set(answer.response, (wrong.get(answer.response) ?? 0) + 1);
    }
    tally.wrongResponses = [...wrong].map(([response, count]) => ({ response, count }));
    tallies.set(questionId, tally);
  }
  return fromCounts(questionIds, groups, tallies);
}

// Six students ranked s1 > … > s6; 27% of 6 rounds to groups of 2: upper {s1, s2}, lower {s5, s6}.
const SIX = [
  student("s3", 0.6, { a: [true, "1899"], b: [false, "False"], c: [false, "1899"] }),
  student("s1", 0.9, { a: [true, "1899"], b: [true, "True"], c: [true, "1936"] }),
  student("s5", 0.3, { a: [true, "1899"], b: [false, "False"] }),
  student("s2", 0.8, { a: [true, "1899"], b: [false, "False"], c: [false, "1899"] }),
  student("s6", 0.1, { a: [false, "1873"], b: [true, "True"], c: [false, "1873"] }),
  student("s4", 0.5, { a: [false, "1959"], b: [false, "False"], c: [false, "1873"] }),
];

describe("item statistics", () => {
  const [a, b, c] = itemStatistics(["a", "b", "c"], SIX);

  it("gives facility as the share correct, unanswered counting wrong", () => {
    expect(a?.facility).toBeCloseTo(4 / 6, 9);
    expect(b?.facility).toBeCloseTo(2 / 6, 9);
    expect(c?.facility).toBeCloseTo(1 / 6, 9);
    expect(a?.students).toBe(6);
  });

  it("gives discrimination as upper-27% facility minus lower-27% facility", () => {
    expect(a?.discrimination).toBe(0.5); // upper 2/2, lower 1/2
    expect(b?.discrimination).toBe(0); // upper 1/2, lower 1/2
    expect(c?.discrimination).toBe(0.5); // upper 1/2, lower 0/2
  });

  it("names the most-chosen wrong answer, alphabetical on a tie", () => {
    expect(b?.commonWrong).toEqual({ response: "False", count: 4 });
    expect(c?.commonWrong).toEqual({ response: "1873", count: 2 }); // 1873 ×2 and 1899 ×2
    expect(a?.commonWrong).toEqual({ response: "1873", count: 1 });
  });

  it("flags facility under 0.3 and discrimination under 0.2", () => {
    expect(a?.flags).toEqual([]);
    expect(b?.flags).toEqual(["low-discrimination"]);
    expect(c?.flags).toEqual(["too-hard"]);
  });

  it("does not flag figures exactly at the floors (0.6 − 0.4 is 0.2, not 0.19999…)", () => {
    // 20 students: groups of round(5.4) = 5. Correct: s00–s02 (upper 3/5), s10, s15–s16 (lower 2/5): facility 6/20.
    const correct = new Set([0, 1, 2, 10, 15, 16]);
    const twenty = Array.from({ length: 20 }, (_, i) =>
      student(`s${String(i).padStart(2, "0")}`, 1 - i / 20, { q: [correct.has(i), correct.has(i) ? "yes" : "no"] }),
    );
    const [q] = itemStatistics(["q"], twenty);
    expect(q).toMatchObject({ facility: 0.3, discrimination: 0.2, flags: [] });
  });

  it("leaves discrimination out below four students, and everything out with none", () => {
    const [few] = itemStatistics(["a"], SIX.slice(0, 3));
    expect(few).toMatchObject({ discrimination: null, facility: 1 });
    expect(itemStatistics(["a"], [])[0]).toEqual({ questionId: "a", students: 0, facility: null, discrimination: null, commonWrong: null, flags: [] });
  });

  it("merges two stored forms of one wrong answer and skips empty ones", () => {
    const groups = extremeGroups([{ studentId: "s1", attemptId: "a1", total: 0 }]);
    const tally = { correct: 0, upperCorrect: 0, lowerCorrect: 0, wrongResponses: [{ response: "B", count: 2 }, { response: "A", count: 1 }, { response: "A", count: 1 }, { response: "", count: 5 }] };
    expect(fromCounts(["q"], groups, new Map([["q", tally]]))[0]?.commonWrong).toEqual({ response: "A", count: 2 });
  });

  it("ranks by total score, ties by student id", () => {
    const groups = extremeGroups([
      { studentId: "b", attemptId: "b1", total: 0.5 },
      { studentId: "a", attemptId: "a1", total: 0.5 },
      { studentId: "c", attemptId: "c1", total: 0.9 },
      { studentId: "d", attemptId: "d1", total: 0.1 },
    ]);
    expect(groups).toEqual({ all: ["c1", "a1", "b1", "d1"], upper: ["c1"], lower: ["d1"] });
  });

  it("sizes the extreme groups at 27%", () => {
    expect([extremeGroupSize(1), extremeGroupSize(6), extremeGroupSize(40)]).toEqual([1, 2, 11]);
  });
});
