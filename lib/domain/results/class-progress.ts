// Per class: who is falling behind, from mastery (the dashboard's measure), recent study and missing work.

const DAY_MS = 24 * 60 * 60 * 1000;
export const ACTIVITY_WEEKS = 4;
/** No review or quiz answer for this long reads as "not studying". */
export const INACTIVE_DAYS = 14;
/** This far below the class median mastery reads as behind the class. */
export const MASTERY_GAP = 0.2;

export type BehindReason = "missing-work" | "inactive" | "low-mastery";

export interface StudentActivityInput {
  studentId: string;
  /** Mean of the student's per-lesson mastery, 0..1. */
  mastery: number;
  /** When they reviewed a card or answered a quiz question (any order; older moments are ignored). */
  activity: readonly Date[];
  /** Published quiz assignments of this class now "missing" for them. */
  missing: number;
}

export interface StudentStanding {
  studentId: string;
  /** Reviews and answers per week, oldest first; the last entry is the 7 days up to `now`. */
  weeklyActivity: number[];
  lastActive: Date | null;
  reasons: BehindReason[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Each student's recent activity and, when behind, why. */
export function classStandings(students: readonly StudentActivityInput[], now: Date): StudentStanding[] {
  const classMedian = median(students.map((s) => s.mastery));
  return students.map((student) => {
    const weeklyActivity = new Array<number>(ACTIVITY_WEEKS).fill(0);
    let lastActive: Date | null = null;
    for (const at of student.activity) {
      if (at > now) continue;
      if (!lastActive || at > lastActive) lastActive = at;
      const weeksAgo = Math.floor((now.getTime() - at.getTime()) / (7 * DAY_MS));
      const index = ACTIVITY_WEEKS - 1 - weeksAgo;
      if (index >= 0) weeklyActivity[index] = (weeklyActivity[index] ?? 0) + 1;
    }
    const reasons: BehindReason[] = [];
    if (student.missing > 0) reasons.push("missing-work");
    if (!lastActive || now.getTime() - lastActive.getTime() > INACTIVE_DAYS * DAY_MS) reasons.push("inactive");
    if (classMedian !== null && student.mastery < classMedian - MASTERY_GAP - 1e-9) reasons.push("low-mastery");
    return { studentId: student.studentId, weeklyActivity, lastActive, reasons };
  });
}
