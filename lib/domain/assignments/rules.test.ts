import { describe, expect, it } from "vitest";
import {
  answerInTime,
  answersReleaseAt,
  answersVisible,
  assignmentWindow,
  attemptEndsAt,
  canStartAttempt,
  timeLeftMs,
  timeLimitDeadline,
} from "./assignment-clock";
import { closesAt, effectiveRules, opensAt, ruleProblems, type AssignmentRules } from "./rules";
import { parseSpacedTarget, formatSpacedTarget } from "./spaced-target";

const at = (iso: string) => new Date(`2027-03-${iso}Z`);

const RULES: AssignmentRules = {
  status: "published",
  publishedAt: at("01T08:00:00"),
  opensAt: at("02T08:00:00"),
  dueAt: at("09T23:59:00"),
  lateUntil: at("12T23:59:00"),
  timeLimitMinutes: 20,
  attemptsAllowed: 2,
  grading: "highest",
  reviewPolicy: "after-submit",
};
const NO_OVERRIDE = { dueAt: null, lateUntil: null, timeLimitMinutes: null, attemptsAllowed: null };

describe("assignment window", () => {
  it("is not open before the open date, open until due, late until late-until, then closed", () => {
    expect(assignmentWindow(RULES, at("02T07:59:59"))).toBe("not-open");
    expect(assignmentWindow(RULES, at("02T08:00:00"))).toBe("open");
    expect(assignmentWindow(RULES, at("09T23:59:00"))).toBe("open");
    expect(assignmentWindow(RULES, at("09T23:59:01"))).toBe("late");
    expect(assignmentWindow(RULES, at("12T23:59:00"))).toBe("late");
    expect(assignmentWindow(RULES, at("12T23:59:01"))).toBe("closed");
  });

  it("opens at publishing without an open date, never while a draft, and closes at due without a late window", () => {
    const noDates = { ...RULES, opensAt: null, lateUntil: null };
    expect(opensAt(noDates)).toEqual(RULES.publishedAt);
    expect(assignmentWindow(noDates, at("01T08:00:00"))).toBe("open");
    expect(assignmentWindow(noDates, at("10T00:00:00"))).toBe("closed");
    expect(closesAt(noDates)).toEqual(RULES.dueAt);
    expect(assignmentWindow({ ...RULES, status: "draft" }, at("05T00:00:00"))).toBe("not-open");
  });
});

describe("starting an attempt", () => {
  it("counts attempts and refuses outside the window", () => {
    expect(canStartAttempt(RULES, 0, at("05T00:00:00"))).toEqual({ ok: true, attemptNumber: 1 });
    expect(canStartAttempt(RULES, 1, at("11T00:00:00"))).toEqual({ ok: true, attemptNumber: 2 });
    expect(canStartAttempt(RULES, 2, at("05T00:00:00"))).toEqual({ ok: false, reason: "no-attempts-left" });
    expect(canStartAttempt(RULES, 0, at("01T09:00:00"))).toEqual({ ok: false, reason: "not-open" });
    expect(canStartAttempt(RULES, 0, at("13T00:00:00"))).toEqual({ ok: false, reason: "closed" });
    expect(canStartAttempt({ ...RULES, attemptsAllowed: null }, 40, at("05T00:00:00"))).toEqual({ ok: true, attemptNumber: 41 });
  });
});

describe("time limits", () => {
  it("ends an attempt at its time limit or the closing, whichever is first", () => {
    const started = at("05T10:00:00");
    const deadline = timeLimitDeadline(RULES, started);
    expect(deadline).toEqual(at("05T10:20:00"));
    expect(attemptEndsAt(RULES, deadline)).toEqual(at("05T10:20:00"));
    const nearClosing = timeLimitDeadline(RULES, at("12T23:50:00"));
    expect(attemptEndsAt(RULES, nearClosing)).toEqual(at("12T23:59:00"));
    expect(timeLimitDeadline({ ...RULES, timeLimitMinutes: null }, started)).toBeNull();
    expect(attemptEndsAt(RULES, null)).toEqual(at("12T23:59:00"));
  });

  it("counts the time left and accepts an answer only within a short grace", () => {
    const ends = at("05T10:20:00");
    expect(timeLeftMs(ends, at("05T10:19:30"))).toBe(30_000);
    expect(timeLeftMs(ends, at("05T10:25:00"))).toBe(0);
    expect(answerInTime(ends, at("05T10:20:01"))).toBe(true);
    expect(answerInTime(ends, at("05T10:20:03"))).toBe(false);
  });
});

describe("overrides", () => {
  it("replaces the due date, time limit and attempts; 0 means no limit", () => {
    const rules = effectiveRules(RULES, { dueAt: at("11T23:59:00"), lateUntil: null, timeLimitMinutes: 0, attemptsAllowed: 5 });
    expect(rules).toMatchObject({ dueAt: at("11T23:59:00"), lateUntil: at("12T23:59:00"), timeLimitMinutes: null, attemptsAllowed: 5 });
    expect(effectiveRules(RULES, { ...NO_OVERRIDE, attemptsAllowed: 0 }).attemptsAllowed).toBeNull();
    expect(effectiveRules(RULES, NO_OVERRIDE)).toEqual(RULES);
    expect(effectiveRules(RULES, null)).toBe(RULES);
  });

  it("drops the class's late window when the moved due date is past it, and keeps it for an earlier one", () => {
    expect(effectiveRules(RULES, { ...NO_OVERRIDE, dueAt: at("20T00:00:00") }).lateUntil).toBeNull();
    const earlier = effectiveRules(RULES, { ...NO_OVERRIDE, dueAt: at("04T00:00:00") });
    expect(assignmentWindow(earlier, at("05T00:00:00"))).toBe("late");
    const own = effectiveRules(RULES, { ...NO_OVERRIDE, dueAt: at("20T00:00:00"), lateUntil: at("22T00:00:00") });
    expect(closesAt(own)).toEqual(at("22T00:00:00"));
  });
});

describe("answer review", () => {
  const releaseAt = answersReleaseAt(RULES, effectiveRules(RULES, { ...NO_OVERRIDE, dueAt: at("14T00:00:00") }));
  const now = at("13T00:00:00");

  it("waits for everyone's closing under 'after the due date'", () => {
    expect(releaseAt).toEqual(at("14T00:00:00"));
    const rules = { ...RULES, reviewPolicy: "after-due" as const };
    expect(answersVisible(rules, { attemptFinished: true, releaseAt, now })).toBe(false);
    expect(answersVisible(rules, { attemptFinished: true, releaseAt, now: at("14T00:00:01") })).toBe(true);
    expect(answersVisible(rules, { attemptFinished: false, releaseAt, now: at("14T00:00:01") })).toBe(false);
  });

  it("shows after each answer, after submitting, or never", () => {
    const visible = (reviewPolicy: AssignmentRules["reviewPolicy"], attemptFinished: boolean) =>
      answersVisible({ ...RULES, reviewPolicy }, { attemptFinished, releaseAt, now });
    expect([visible("after-each", false), visible("after-submit", false), visible("after-submit", true)]).toEqual([true, false, true]);
    expect(visible("never", true)).toBe(false);
  });
});

describe("rule checks", () => {
  it("names the field of each problem", () => {
    expect(ruleProblems({ ...RULES })).toEqual({});
    expect(
      ruleProblems({ ...RULES, opensAt: at("10T00:00:00"), lateUntil: at("09T00:00:00"), timeLimitMinutes: 0, attemptsAllowed: 0 }),
    ).toEqual({
      dueAt: "The due date must come after the open date.",
      lateUntil: "Late work must be accepted until after the due date.",
      timeLimitMinutes: "A time limit is between 1 and 600 minutes.",
      attemptsAllowed: "Allow between 1 and 100 attempts, or unlimited.",
    });
  });
});

describe("spaced targets", () => {
  it("reads a lesson or an era and nothing else", () => {
    expect(parseSpacedTarget("lesson:peru-japan")).toEqual({ type: "lesson", documentId: "peru-japan" });
    expect(parseSpacedTarget("era:fujimori-years")).toEqual({ type: "era", eraId: "fujimori-years" });
    expect(parseSpacedTarget("era:")).toBeNull();
    expect(parseSpacedTarget("deck:x")).toBeNull();
    expect(formatSpacedTarget({ type: "era", eraId: "x" })).toBe("era:x");
  });
});
