import { assignmentWindow, attemptEndsAt, canStartAttempt, type AssignmentWindow } from "./assignment-clock";
import { effectiveRules, type AssignmentRules, type RulesOverride } from "./rules";
import { countingAttempt, finishedAtBy, studentStatus, submittedLate, type AttemptFacts, type StudentStatus } from "./student-status";

/** An attempt as stored: when it started and ended, its time-limit deadline, and its answers' scores. */
export interface StoredAttempt {
  id: string;
  attemptNumber: number;
  startedAt: Date;
  finishedAt: Date | null;
  deadlineAt: Date | null;
  answerScores: readonly number[];
  questionCount: number;
}

export interface ScoredAttempt extends AttemptFacts {
  attemptNumber: number;
  late: boolean;
}

export interface StudentProgress {
  rules: AssignmentRules;
  window: AssignmentWindow;
  status: StudentStatus;
  attempts: ScoredAttempt[];
  counting: ScoredAttempt | null;
  /** An attempt still taking answers. */
  openAttempt: ScoredAttempt | null;
  canStart: boolean;
  submittedLate: boolean;
}

/** Everything a page needs about one student and one assignment at `now`. */
export function studentProgress(
  classRules: AssignmentRules,
  override: RulesOverride | null,
  stored: readonly StoredAttempt[],
  now: Date,
): StudentProgress {
  const rules = effectiveRules(classRules, override);
  const attempts = [...stored]
    .sort((a, b) => a.attemptNumber - b.attemptNumber)
    .map((a): ScoredAttempt => {
      const endsAt = attemptEndsAt(rules, a.deadlineAt);
      const facts = {
        id: a.id,
        attemptNumber: a.attemptNumber,
        startedAt: a.startedAt,
        finishedAt: a.finishedAt,
        endsAt,
        score: a.questionCount > 0 ? a.answerScores.reduce((s, x) => s + x, 0) / a.questionCount : 0,
      };
      const finished = finishedAtBy(facts, now);
      return { ...facts, late: finished !== null && submittedLate(finished, rules.dueAt) };
    });
  const openAttempt = attempts.find((a) => finishedAtBy(a, now) === null) ?? null;
  const counting = countingAttempt(attempts, rules.grading, now);
  const status = studentStatus(attempts, rules.dueAt, now);
  const firstFinished = attempts.find((a) => finishedAtBy(a, now) !== null);
  return {
    rules,
    window: assignmentWindow(rules, now),
    status,
    attempts,
    counting,
    openAttempt,
    canStart: openAttempt === null && canStartAttempt(rules, attempts.length, now).ok,
    submittedLate: firstFinished?.late ?? false,
  };
}

