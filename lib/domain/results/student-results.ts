import { attemptEndsAt } from "@/lib/domain/assignments/assignment-clock";
import { effectiveRules, type AssignmentRules, type RulesOverride } from "@/lib/domain/assignments/rules";
import { countingAttempt, finishedAtBy, studentStatus, submittedLate, type AttemptFacts, type StudentStatus } from "@/lib/domain/assignments/student-status";

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

type Facts = AttemptFacts & { attemptNumber: number };

/** Every student's row of the status table, in name order, at `now`. */
export function studentResults(
  classRules: AssignmentRules,
  questionCount: number,
  students: readonly ResultsStudent[],
  attempts: readonly ResultsAttempt[],
  now: Date,
): StudentResult[] {
  const byStudent = new Map<string, ResultsAttempt[]>();
  for (const attempt of attempts) {
    const list = byStudent.get(attempt.studentId);
    if (list) list.push(attempt);
    else byStudent.set(attempt.studentId, [attempt]);
  }

  return [...students]
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
    .map((student) => {
      const rules = effectiveRules(classRules, student.override);
      const facts: Facts[] = (byStudent.get(student.id) ?? [])
        .sort((a, b) => a.attemptNumber - b.attemptNumber)
        .map((a) => ({
          id: a.id,
          attemptNumber: a.attemptNumber,
          startedAt: a.startedAt,
          finishedAt: a.finishedAt,
          endsAt: attemptEndsAt(rules, a.deadlineAt),
          score: questionCount > 0 ? Math.min(1, a.scoreSum / questionCount) : 0,
        }));
      const counted = countingAttempt(facts, rules.grading, now);
      const submissions = facts
        .map((a) => finishedAtBy(a, now))
        .filter((at): at is Date => at !== null)
        .sort((a, b) => a.getTime() - b.getTime());
      const submittedAt = submissions[0] ?? null;
      return {
        studentId: student.id,
        name: student.name,
        email: student.email,
        active: student.active,
        status: studentStatus(facts, rules.dueAt, now),
        score: counted?.score ?? null,
        countedAttemptId: counted?.id ?? null,
        countedAttemptNumber: counted?.attemptNumber ?? null,
        attempts: facts.length,
        timeSpentMs: facts.reduce((sum, a) => sum + workingTimeMs(a, now), 0),
        submittedAt,
        dueAt: rules.dueAt,
        late: submittedAt !== null && submittedLate(submittedAt, rules.dueAt),
      };
    });
}

function workingTimeMs(attempt: AttemptFacts, now: Date): number {
  const end = finishedAtBy(attempt, now) ?? now;
  const capped = end < attempt.endsAt ? end : attempt.endsAt;
  return Math.max(0, capped.getTime() - attempt.startedAt.getTime());
}
