import type { AssignmentWindow } from "./assignment-clock";
import type { GradingRule, ReviewPolicy } from "./rules";
import type { StudentStatus } from "./student-status";

// The words every assignment page uses for states and rules.

export const STUDENT_STATUS_LABELS: Record<StudentStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  submitted: "Submitted",
  late: "Submitted late",
  missing: "Missing",
};

export const WINDOW_LABELS: Record<AssignmentWindow, string> = {
  "not-open": "Not open yet",
  open: "Open",
  late: "Late work accepted",
  closed: "Closed",
};

export const REVIEW_POLICY_LABELS: Record<ReviewPolicy, string> = {
  "after-each": "After each answer",
  "after-submit": "After submitting",
  "after-due": "After the due date",
  never: "Never",
};

export const GRADING_LABELS: Record<GradingRule, string> = {
  highest: "The highest score",
  last: "The last attempt",
};

/** "75%" for a 0..1 score. */
export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}
