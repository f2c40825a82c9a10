import type { AssignmentRules, RulesOverride } from "@/lib/domain/assignments/rules";
import { studentProgress, type StoredAttempt } from "@/lib/domain/assignments/student-progress";
import { finishedAtBy, type AttemptFacts, type StudentStatus } from "@/lib/domain/assignments/student-status";

export interface ResultsStudent {
  id: string;
  name: string;
  email: string;
  /** False for a student who left or was removed: their work still counts, their row says so. */
  active: boolean;
  override: RulesOverride | null;
}

/** An assignment attempt as stored, with the sum of its answers' scores (SQL does the summing). */
export interface ResultsAttempt {
  id: string;
  studentId: string;
  attemptNumber: number;
  startedAt: Date;
  finishedAt: Date | null;
  deadlineAt: Date | null;
  scoreSum: number;
}

export interface StudentResult {
  studentId: string;
  name: string;
  email: string;
  active: boolean;
  status: StudentStatus;
  /** The counting attempt's score 0..1 (highest or last, per the assignment); null before any is finished. */
  score: number | null;
  countedAttemptId: string | null;
  countedAttemptNumber: number | null;
  attempts: number;
  /** Working time over all attempts: start to submission (or its time running out, or now while open). */
  timeSpentMs: number;
  /** The first submission, which decides on time or late. */
  submittedAt: Date | null;
  /** This student's due date, after any override. */
  dueAt: Date;
  late: boolean;
}

/** Every student's row of the status table, in name order, at `now`. */
export function studentResults(
  classRules: AssignmentRules,
  questionCount: number,
  students: readonly ResultsStudent[],
  attempts: readonly ResultsAttempt[],
  now: Date,
): StudentResult[] {
  const byStudent = new Map<string, StoredAttempt[]>();
  for (const a of attempts) {
    const stored: StoredAttempt = { ...a, answerScores: [a.scoreSum], questionCount };
    const list = byStudent.get(a.studentId);
    if (list) list.push(stored);
    else byStudent.set(a.studentId, [stored]);
  }
  return [...students]
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
    .map((student) => {
      const progress = studentProgress(classRules, student.override, byStudent.get(student.id) ?? [], now);
      const submissions = progress.attempts
        .map((a) => finishedAtBy(a, now))
        .filter((at): at is Date => at !== null)
        .sort((a, b) => a.getTime() - b.getTime());
      return {
        studentId: student.id,
        name: student.name,
        email: student.email,
        active: student.active,
        status: progress.status,
        score: progress.counting ? Math.min(1, progress.counting.score) : null,
        countedAttemptId: progress.counting?.id ?? null,
        countedAttemptNumber: progress.counting?.attemptNumber ?? null,
        attempts: progress.attempts.length,
        timeSpentMs: progress.attempts.reduce((sum, a) => sum + workingTimeMs(a, now), 0),
        submittedAt: submissions[0] ?? null,
        dueAt: progress.rules.dueAt,
        late: progress.submittedLate,
      };
    });
}

function workingTimeMs(attempt: AttemptFacts, now: Date): number {
  const end = finishedAtBy(attempt, now) ?? now;
  const capped = end < attempt.endsAt ? end : attempt.endsAt;
  return Math.max(0, capped.getTime() - attempt.startedAt.getTime());
}
