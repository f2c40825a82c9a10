import type { GradingRule } from "./rules";

export type StudentStatus = "not-started" | "in-progress" | "submitted" | "late" | "missing";

export interface AttemptFacts {
  id: string;
  startedAt: Date;
  /** Null while open; an attempt whose time ran out counts as finished at endsAt even before a row says so. */
  finishedAt: Date | null;
  endsAt: Date;
  /** 0..1 over the assignment's questions (unanswered count 0). */
  score: number;
}

/** When an attempt was (or is, by now) finished; null while it can still take answers. */
export function finishedAtBy(attempt: AttemptFacts, now: Date): Date | null {
  if (attempt.finishedAt) return attempt.finishedAt;
  return now > attempt.endsAt ? attempt.endsAt : null;
}

/** Submitted after the due date (the student's own, after overrides). */
export function submittedLate(finishedAt: Date, dueAt: Date): boolean {
  return finishedAt > dueAt;
}

/**
 * Google Classroom's states: submitted on time or late (by the first submission), in progress, not started,
 * and missing once the due date has passed without a submission.
 */
export function studentStatus(attempts: readonly AttemptFacts[], dueAt: Date, now: Date): StudentStatus {
  const finished = attempts
    .map((a) => finishedAtBy(a, now))
    .filter((at): at is Date => at !== null)
    .sort((a, b) => a.getTime() - b.getTime());
  const first = finished[0];
  if (first) return submittedLate(first, dueAt) ? "late" : "submitted";
  if (attempts.length > 0) return "in-progress";
  return now > dueAt ? "missing" : "not-started";
}

/** The finished attempt that counts: the highest score (earliest on a tie) or the last one finished; null if none. */
export function countingAttempt<A extends AttemptFacts>(attempts: readonly A[], grading: GradingRule, now: Date): A | null {
  const finished = attempts
    .map((attempt) => ({ attempt, at: finishedAtBy(attempt, now) }))
    .filter((x): x is { attempt: A; at: Date } => x.at !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  if (finished.length === 0) return null;
  if (grading === "last") return (finished.at(-1) as { attempt: A }).attempt;
  let best = finished[0] as { attempt: A };
  for (const item of finished) if (item.attempt.score > best.attempt.score) best = item;
  return best.attempt;
}
