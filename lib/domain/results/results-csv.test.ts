import { describe, expect, it } from "vitest";
import { answerRowsCsv, spreadsheetText, studentRowsCsv, type CsvAnswer } from "./results-csv";
import type { StudentResult } from "./student-results";

const ASSIGNMENT = { className: "Period 3", title: "Migration, 1899" };

describe("spreadsheet-safe text", () => {
  it("keeps anything a spreadsheet would run as a formula as text", () => {
    expect(["=SUM(A1)", "+81", "-1", "@cmd", "\t=1", "Lima"].map(spreadsheetText)).toEqual(["'=SUM(A1)", "'+81", "'-1", "'@cmd", "'\t=1", "Lima"]);
  });
});

describe("results CSV", () => {
  const row: StudentResult = {
    studentId: "u1", name: 'Kishi, "Nobu"', email: "=cmd@example.com", active: true, status: "late", score: 0.756789,
    countedAttemptId: "a1", countedAttemptNumber: 2, attempts: 2, timeSpentMs: 754_400,
    submittedAt: new Date("2027-03-10T09:05:00Z"), dueAt: new Date("2027-03-09T23:59:00Z"), late: true,
  };

  it("writes one row per student: BOM, header, CRLF, quoted fields, ISO dates", () => {
    const csv = studentRowsCsv(ASSIGNMENT, [row]);
    expect(csv.startsWith("\uFEFFclass,assignment,student,email,status,score,")).toBe(true);
    expect(csv.split("\r\n")[1]).toBe(
      `Period 3,"Migration, 1899","Kishi, ""Nobu""",'=cmd@example.com,late,0.7568,2,2,754,2027-03-10T09:05:00.000Z,2027-03-09T23:59:00.000Z,yes,yes`,
    );
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes one row per answer with the response as text", () => {
    const answer: CsvAnswer = {
      studentName: "Ana Pérez", email: "ana@example.com", attemptNumber: 1, counted: false, questionNumber: 3,
      questionId: "q1", kind: "chronology", prompt: "Put these in order", response: "B → A", correct: false, score: 0.5,
      timeMs: 12_345, answeredAt: new Date("2027-03-05T10:02:00Z"),
    };
    const lines = answerRowsCsv(ASSIGNMENT, [answer]).split("\r\n");
    expect(lines[1]).toBe(`Period 3,"Migration, 1899",Ana Pérez,ana@example.com,1,no,3,q1,chronology,Put these in order,B → A,no,0.5,12.345,2027-03-05T10:02:00.000Z`);
    expect(lines).toHaveLength(3);
  });

  it("makes repeated texts safe in every row, not only the first", () => {
    const base: CsvAnswer = {
      studentName: "=Ana", email: "ana@example.com", attemptNumber: 1, counted: true, questionNumber: 1,
      questionId: "q1", kind: "who-what", prompt: 'Who said "yes", then?', response: "-1", correct: false, score: 0,
      timeMs: 1_000, answeredAt: new Date("2027-03-05T10:02:00Z"),
    };
    const lines = answerRowsCsv(ASSIGNMENT, [base, { ...base, attemptNumber: 2 }]).split("\r\n");
    expect(lines[1]).toBe(`Period 3,"Migration, 1899",'=Ana,ana@example.com,1,yes,1,q1,who-what,"Who said ""yes"", then?",'-1,no,0,1,2027-03-05T10:02:00.000Z`);
    expect(lines[2]).toBe(lines[1]!.replace(",1,yes,", ",2,yes,"));
  });
});
