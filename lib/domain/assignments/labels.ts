import type { AssignmentWindow } from "./assignment-clock";

// The words the student's assignment pages use for an assignment's window; statuses and rules are message keys (assignmentLabels).

export const WINDOW_LABELS: Record<AssignmentWindow, string> = {
  "not-open": "Not open yet",
  open: "Open",
  late: "Late work accepted",
  closed: "Closed",
};

/** "75%" for a 0..1 score. */
export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}
