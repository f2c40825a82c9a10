// An assignment's rules as stored, and a student's effective rules after their override (accommodations).

export const REVIEW_POLICIES = ["after-each", "after-submit", "after-due", "never"] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];

export const GRADING_RULES = ["highest", "last"] as const;
export type GradingRule = (typeof GRADING_RULES)[number];

export const ASSIGNMENT_STATUSES = ["draft", "published"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const ASSIGNMENT_KINDS = ["quiz", "spaced"] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

export interface AssignmentRules {
  status: AssignmentStatus;
  publishedAt: Date | null;
  /** Null: open from publishing. */
  opensAt: Date | null;
  dueAt: Date;
  /** Null: nothing accepted after dueAt. */
  lateUntil: Date | null;
  /** Null: no limit. */
  timeLimitMinutes: number | null;
  /** Null: unlimited. */
  attemptsAllowed: number | null;
  grading: GradingRule;
  reviewPolicy: ReviewPolicy;
}

/** One student's accommodations: null keeps the assignment's rule; 0 minutes or 0 attempts means "no limit". */
export interface RulesOverride {
  dueAt: Date | null;
  lateUntil: Date | null;
  timeLimitMinutes: number | null;
  attemptsAllowed: number | null;
}

/** Stored value for "no limit" in an override's time limit or attempts. */
export const NO_LIMIT = 0;

/** The rules one student works under. */
export function effectiveRules(rules: AssignmentRules, override: RulesOverride | null | undefined): AssignmentRules {
  if (!override) return rules;
  const dueAt = override.dueAt ?? rules.dueAt;
  // A moved due date keeps the class's late window only while that window still ends after it.
  const lateUntil = override.lateUntil ?? (rules.lateUntil && rules.lateUntil > dueAt ? rules.lateUntil : null);
  return {
    ...rules,
    dueAt,
    lateUntil: lateUntil && lateUntil > dueAt ? lateUntil : null,
    timeLimitMinutes: limitOf(override.timeLimitMinutes, rules.timeLimitMinutes),
    attemptsAllowed: limitOf(override.attemptsAllowed, rules.attemptsAllowed),
  };
}

function limitOf(overrideValue: number | null, ruleValue: number | null): number | null {
  if (overrideValue === null) return ruleValue;
  return overrideValue === NO_LIMIT ? null : overrideValue;
}

/** When work starts being accepted: the open date, or publishing; null while a draft. */
export function opensAt(rules: AssignmentRules): Date | null {
  if (rules.status !== "published") return null;
  return rules.opensAt ?? rules.publishedAt;
}

/** After this moment nothing is accepted. */
export function closesAt(rules: AssignmentRules): Date {
  return rules.lateUntil ?? rules.dueAt;
}

/** Checks a teacher's dates and limits; the problems in the words the form shows, keyed by field. */
export function ruleProblems(rules: Omit<AssignmentRules, "status" | "publishedAt" | "grading" | "reviewPolicy">): Record<string, string> {
  const problems: Record<string, string> = {};
  if (rules.opensAt && rules.opensAt >= rules.dueAt) problems.dueAt = "The due date must come after the open date.";
  if (rules.lateUntil && rules.lateUntil <= rules.dueAt) problems.lateUntil = "Late work must be accepted until after the due date.";
  if (rules.timeLimitMinutes !== null && (rules.timeLimitMinutes < 1 || rules.timeLimitMinutes > 600)) {
    problems.timeLimitMinutes = "A time limit is between 1 and 600 minutes.";
  }
  if (rules.attemptsAllowed !== null && (rules.attemptsAllowed < 1 || rules.attemptsAllowed > 100)) {
    problems.attemptsAllowed = "Allow between 1 and 100 attempts, or unlimited.";
  }
  return problems;
}
