import "server-only";
import { answerInTime, answersReleaseAt, answersVisible, attemptEndsAt } from "@/lib/domain/assignments/assignment-clock";
import { effectiveRules, type ReviewPolicy } from "@/lib/domain/assignments/rules";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { db } from "@/lib/server/db";
import { overrideColumns, rulesColumns, rulesOf } from "./owned-assignment";

/** How the quiz player treats an attempt at an assignment. */
export interface AssignmentAttemptRules {
  assignmentId: string;
  title: string;
  reviewPolicy: ReviewPolicy;
  shuffleChoices: boolean;
  /** When the attempt stops taking answers (time limit or closing). */
  endsAt: Date;
  /** Whether the time limit (rather than the closing) ends it. */
  timed: boolean;
  /** Correctness after each answer. */
  feedbackEachAnswer: boolean;
  /** Correct answers for this attempt once finished, at `now`. */
  answersVisibleWhenFinished: boolean;
}

/** The rules of an assignment attempt at `now`; null for a self-study attempt. */
export async function loadAttemptRules(
  attempt: { assignmentId: string | null; deadlineAt: Date | null },
  userId: string,
  now: Date,
): Promise<AssignmentAttemptRules | null> {
  if (!attempt.assignmentId) return null;
  const row = await db.assignment.findUnique({
    where: { id: attempt.assignmentId },
    select: { id: true, title: true, shuffleChoices: true, ...rulesColumns, overrides: { where: { studentId: userId }, select: overrideColumns } },
  });
  if (!row) return null;
  const classRules = rulesOf(row);
  const rules = effectiveRules(classRules, row.overrides[0] ?? null);
  const endsAt = attemptEndsAt(rules, attempt.deadlineAt);
  const releaseAt = answersReleaseAt(classRules, rules);
  return {
    assignmentId: row.id,
    title: row.title,
    reviewPolicy: rules.reviewPolicy,
    shuffleChoices: row.shuffleChoices,
    endsAt,
    timed: attempt.deadlineAt !== null && attempt.deadlineAt.getTime() === endsAt.getTime(),
    feedbackEachAnswer: rules.reviewPolicy === "after-each",
    answersVisibleWhenFinished: answersVisible(rules, { attemptFinished: true, releaseAt, now }),
  };
}

/** Closes an attempt whose time ran out at the moment it ended (the answers given stand); true if it was closed now. */
export async function closeIfTimeIsUp(attemptId: string, rules: AssignmentAttemptRules, now: Date): Promise<boolean> {
  if (answerInTime(rules.endsAt, now)) return false;
  await db.quizAttempt.updateMany({ where: { id: attemptId, finishedAt: null }, data: { finishedAt: rules.endsAt } });
  return true;
}

/** For the answer path: refuses an answer after the attempt's end, closing the attempt with what was answered. */
export async function refuseAnswerAfterTime(
  attempt: { id: string; assignmentId: string | null; deadlineAt: Date | null },
  userId: string,
  now: Date,
): Promise<AssignmentAttemptRules | null> {
  const rules = await loadAttemptRules(attempt, userId, now);
  if (rules && (await closeIfTimeIsUp(attempt.id, rules, now))) throw new ClassError("time-up");
  return rules;
}
