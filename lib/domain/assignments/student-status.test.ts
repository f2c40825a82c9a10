import { describe, expect, it } from "vitest";
import { countingAttempt, studentStatus, type AttemptFacts } from "./student-status";

const at = (iso: string) => new Date(`2027-03-${iso}Z`);
const DUE = at("09T23:59:00");

function attempt(id: string, startedAt: string, finishedAt: string | null, score: number, endsAt = "30T00:00:00"): AttemptFacts {
  return { id, startedAt: at(startedAt), finishedAt: finishedAt ? at(finishedAt) : null, endsAt: at(endsAt), score };
}

describe("student status", () => {
  it("is not started, then missing once the due date passes", () => {
    expect(studentStatus([], DUE, at("05T00:00:00"))).toBe("not-started");
    expect(studentStatus([], DUE, at("10T00:00:00"))).toBe("missing");
  });

  it("is in progress while an attempt takes answers", () => {
    expect(studentStatus([attempt("a", "05T10:00:00", null, 0)], DUE, at("05T10:05:00"))).toBe("in-progress");
  });

  it("is submitted or late by the first submission", () => {
    expect(studentStatus([attempt("a", "05T10:00:00", "05T10:10:00", 0.5)], DUE, at("20T00:00:00"))).toBe("submitted");
    expect(studentStatus([attempt("a", "10T10:00:00", "10T10:10:00", 0.5)], DUE, at("20T00:00:00"))).toBe("late");
    const both = [attempt("b", "10T10:00:00", "10T10:10:00", 1), attempt("a", "05T10:00:00", "05T10:10:00", 0.5)];
    expect(studentStatus(both, DUE, at("20T00:00:00"))).toBe("submitted");
  });

  it("counts an attempt whose time ran out as submitted at its end", () => {
    const timedOut = attempt("a", "09T23:50:00", null, 0.3, "10T00:10:00");
    expect(studentStatus([timedOut], DUE, at("10T00:05:00"))).toBe("in-progress");
    expect(studentStatus([timedOut], DUE, at("10T00:11:00"))).toBe("late");
  });
});

describe("the attempt that counts", () => {
  const attempts = [
    attempt("first", "05T10:00:00", "05T10:10:00", 0.8),
    attempt("second", "06T10:00:00", "06T10:10:00", 0.6),
    attempt("tie", "07T10:00:00", "07T10:10:00", 0.8),
    attempt("open", "08T10:00:00", null, 1),
  ];
  const now = at("08T10:05:00");

  it("is the highest finished score, earliest on a tie", () => {
    expect(countingAttempt(attempts, "highest", now)?.id).toBe("first");
  });

  it("is the last finished attempt", () => {
    expect(countingAttempt(attempts, "last", now)?.id).toBe("tie");
  });

  it("is none before anything is finished", () => {
    expect(countingAttempt([attempt("open", "08T10:00:00", null, 1)], "highest", now)).toBeNull();
  });
});
