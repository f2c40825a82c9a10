import { describe, expect, it } from "vitest";
import type { AssignmentRules } from "@/lib/domain/assignments/rules";
import { studentResults, type ResultsAttempt, type ResultsStudent } from "./student-results";

const at = (iso: string) => new Date(`2027-03-${iso}Z`);
const RULES: AssignmentRules = {
  status: "published",
  publishedAt: at("01T08:00:00"),
  opensAt: null,
  dueAt: at("09T23:59:00"),
  lateUntil: at("12T23:59:00"),
  timeLimitMinutes: null,
  attemptsAllowed: 3,
  grading: "highest",
  reviewPolicy: "after-submit",
};
const NOW = at("13T00:00:00");
const person = (id: string, name: string, override: ResultsStudent["override"] = null): ResultsStudent => ({
  id, name, email: `${id}@example.com`, active: true, override,
});
const STUDENTS = [
  person("eve", "Eve"),
  person("ana", "Ana"),
  person("dan", "Dan"),
  person("carla", "Carla", { dueAt: at("11T00:00:00"), lateUntil: null, timeLimitMinutes: null, attemptsAllowed: null }),
  person("bruno", "Bruno"),
];
function attempt(id: string, studentId: string, n: number, start: string, end: string | null, scoreSum: number): ResultsAttempt {
  return { id, studentId, attemptNumber: n, startedAt: at(start), finishedAt: end ? at(end) : null, deadlineAt: null, scoreSum };
}
const ATTEMPTS = [
  attempt("ana-1", "ana", 1, "05T10:00:00", "05T10:10:00", 2),
  attempt("ana-2", "ana", 2, "06T10:00:00", "06T10:20:00", 1),
  attempt("bruno-1", "bruno", 1, "10T09:00:00", "10T09:05:00", 1),
  attempt("carla-1", "carla", 1, "10T11:00:00", "10T12:00:00", 4),
  attempt("eve-1", "eve", 1, "12T23:50:00", null, 3), // never submitted: closed at 12T23:59
];

describe("student results", () => {
  const rows = studentResults(RULES, 4, STUDENTS, ATTEMPTS, NOW);
  const byId = new Map(rows.map((r) => [r.studentId, r]));

  it("lists students by name", () => {
    expect(rows.map((r) => r.name)).toEqual(["Ana", "Bruno", "Carla", "Dan", "Eve"]);
  });

  it("scores the highest attempt, sums the working time, and dates the first submission", () => {
    expect(byId.get("ana")).toMatchObject({
      status: "submitted", score: 0.5, countedAttemptNumber: 1, attempts: 2, timeSpentMs: 30 * 60_000,
      submittedAt: at("05T10:10:00"), late: false,
    });
  });

  it("scores the last attempt under 'last'", () => {
    const last = studentResults({ ...RULES, grading: "last" }, 4, STUDENTS, ATTEMPTS, NOW);
    expect(last.find((r) => r.studentId === "ana")).toMatchObject({ score: 0.25, countedAttemptNumber: 2 });
  });

  it("marks a submission after the due date late, and judges an override by its own due date", () => {
    expect(byId.get("bruno")).toMatchObject({ status: "late", late: true, score: 0.25, timeSpentMs: 5 * 60_000 });
    expect(byId.get("carla")).toMatchObject({ status: "submitted", late: false, score: 1, dueAt: at("11T00:00:00") });
  });

  it("counts an attempt left open as submitted when the assignment closed, and no work as missing", () => {
    expect(byId.get("eve")).toMatchObject({ status: "late", late: true, score: 0.75, submittedAt: at("12T23:59:00"), timeSpentMs: 9 * 60_000 });
    expect(byId.get("dan")).toMatchObject({ status: "missing", score: null, attempts: 0, timeSpentMs: 0, submittedAt: null, late: false });
  });
});
