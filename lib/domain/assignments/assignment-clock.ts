import { closesAt, opensAt, type AssignmentRules } from "./rules";

// Everything here takes `now`: the same rules and moment always give the same answer.

export type AssignmentWindow = "not-open" | "open" | "late" | "closed";

/** Where the assignment stands for a student at `now`: before opening, open, in the late window, or closed. */
export function assignmentWindow(rules: AssignmentRules, now: Date): AssignmentWindow {
  const from = opensAt(rules);
  if (!from || now < from) return "not-open";
  if (now <= rules.dueAt) return "open";
  if (now <= closesAt(rules)) return "late";
  return "closed";
}

export type StartRefusal = "not-open" | "closed" | "no-attempts-left";
export type StartDecision = { ok: true; attemptNumber: number } | { ok: false; reason: StartRefusal };

/** Whether a student may start another attempt, given how many they have started (finished or not). */
export function canStartAttempt(rules: AssignmentRules, attemptsStarted: number, now: Date): StartDecision {
  const window = assignmentWindow(rules, now);
  if (window === "not-open" || window === "closed") return { ok: false, reason: window };
  if (rules.attemptsAllowed !== null && attemptsStarted >= rules.attemptsAllowed) return { ok: false, reason: "no-attempts-left" };
  return { ok: true, attemptNumber: attemptsStarted + 1 };
}

/** The time-limit deadline fixed when an attempt starts; null when there is no limit. */
export function timeLimitDeadline(rules: AssignmentRules, startedAt: Date): Date | null {
  return rules.timeLimitMinutes === null ? null : new Date(startedAt.getTime() + rules.timeLimitMinutes * 60_000);
}

/** When an attempt stops taking answers: its time limit or the assignment's closing, whichever is first. */
export function attemptEndsAt(rules: AssignmentRules, deadlineAt: Date | null): Date {
  const closing = closesAt(rules);
  return deadlineAt && deadlineAt < closing ? deadlineAt : closing;
}

// An answer sent in the last second reaches the server a moment later; it still counts.
export const ANSWER_GRACE_MS = 2_000;

/** Whether an answer arriving at `now` is still accepted. */
export function answerInTime(endsAt: Date, now: Date): boolean {
  return now.getTime() <= endsAt.getTime() + ANSWER_GRACE_MS;
}

/** Milliseconds left at `now`, never negative. */
export function timeLeftMs(endsAt: Date, now: Date): number {
  return Math.max(0, endsAt.getTime() - now.getTime());
}

/**
 * When correct answers may be shown for finished work: the later of the class's closing and the student's own,
 * so no one still working sees them. (Due-date release; other policies do not wait for a date.)
 */
export function answersReleaseAt(classRules: AssignmentRules, studentRules: AssignmentRules): Date {
  const a = closesAt(classRules);
  const b = closesAt(studentRules);
  return a > b ? a : b;
}

/** Whether a student may see correct answers now, under the assignment's review policy. */
export function answersVisible(
  rules: AssignmentRules,
  context: { attemptFinished: boolean; releaseAt: Date; now: Date },
): boolean {
  switch (rules.reviewPolicy) {
    case "after-each":
      return true;
    case "after-submit":
      return context.attemptFinished;
    case "after-due":
      return context.attemptFinished && context.now > context.releaseAt;
    case "never":
      return false;
  }
}
