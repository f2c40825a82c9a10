import { describe, expect, it } from "vitest";
import type { AssignmentRules } from "./rules";
import { studentProgress, type StoredAttempt } from "./student-progress";

const at = (iso: string) => new Date(`2027-03-${iso}Z`);
const RULES: AssignmentRules = {
  status: "published",
  publishedAt: at("01T00:00:00"),
  opensAt: null,
  dueAt: at("09T00:00:00"),
  lateUntil: at("12T00:00:00"),
  timeLimitMinutes: 10,
  attemptsAllowed: 2,
  grading: "highest",
  reviewPolicy: "after-submit",
};
const attempt = (n: number, start: string, finish: string | null, scores: number[]): StoredAttempt => ({
  id: `a${n}`,
  attemptNumber: n,
  startedAt: at(start),
  finishedAt: finish ? at(finish) : null,
  deadlineAt: new Date(at(start).getTime() + 10 * 60_000),
  answerScores: scores,
  questionCount: 4,
});

describe("a student's progress on an assignment", () => {
  it("scores attempts over every question, picks the counting one and allows another", () => {
    const p = studentProgress(RULES, null, [attempt(1, "05T10:00:00", "05T10:05:00", [1, 1, 0])], at("06T00:00:00"));
    expect(p).toMatchObject({ status: "submitted", window: "open", canStart: true, submittedLate: false, openAttempt: null });
    expect(p.counting?.score).toBe(0.5);
  });

  it("is late under a due date moved earlier for one student, and allows no third attempt", () => {
    const override = { dueAt: at("04T00:00:00"), lateUntil: null, timeLimitMinutes: null, attemptsAllowed: null };
    const stored = [attempt(2, "06T10:00:00", "06T10:05:00", [1, 1, 1, 1]), attempt(1, "05T10:00:00", "05T10:05:00", [0])];
    const p = studentProgress(RULES, override, stored, at("06T12:00:00"));
    expect(p).toMatchObject({ status: "late", window: "late", canStart: false, submittedLate: true });
    expect(p.attempts.map((a) => a.attemptNumber)).toEqual([1, 2]);
    expect(p.counting?.id).toBe("a2");
  });

  it("treats an attempt past its time limit as submitted, and one within it as open", () => {
    const running = studentProgress(RULES, null, [attempt(1, "05T10:00:00", null, [1])], at("05T10:05:00"));
    expect(running).toMatchObject({ status: "in-progress", canStart: false });
    expect(running.openAttempt?.id).toBe("a1");
    const timedOut = studentProgress(RULES, null, [attempt(1, "05T10:00:00", null, [1])], at("05T10:11:00"));
    expect(timedOut).toMatchObject({ status: "submitted", openAttempt: null, canStart: true });
    expect(timedOut.counting?.finishedAt).toBeNull();
    expect(timedOut.counting?.endsAt).toEqual(at("05T10:10:00"));
  });

  it("is missing after the due date without work, and cannot start once closed", () => {
    expect(studentProgress(RULES, null, [], at("10T00:00:00"))).toMatchObject({ status: "missing", canStart: true });
    expect(studentProgress(RULES, null, [], at("13T00:00:00"))).toMatchObject({ status: "missing", window: "closed", canStart: false });
  });
});
