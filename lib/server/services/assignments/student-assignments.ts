import "server-only";
import { answersReleaseAt, answersVisible } from "@/lib/domain/assignments/assignment-clock";
import { closesAt, opensAt } from "@/lib/domain/assignments/rules";
import { studentProgress, type StudentProgress } from "@/lib/domain/assignments/student-progress";
import {
  ASSIGNMENT_LIST_LIMIT,
  type StudentAssignmentDetailView,
  type StudentAssignmentView,
} from "@/lib/domain/assignments/views";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { db } from "@/lib/server/db";
import { loadAssignmentAttempts } from "./assignment-attempts";
import { overrideColumns, rulesColumns, rulesOf } from "./owned-assignment";

const assignmentColumns = {
  id: true,
  title: true,
  ...rulesColumns,
  classroom: { select: { name: true } },
  _count: { select: { questions: true } },
  overrides: { select: overrideColumns, take: 1 },
} as const;

/** Published work in the classes the student is in now (not archived); the override filter is applied per query. */
function visibleTo(studentId: string) {
  return {
    status: "published",
    classroom: { archivedAt: null, memberships: { some: { studentId, endedAt: null } } },
  };
}

// What needs doing comes first: open work, then work to do late, then not yet open, then done or closed.
const STATUS_ORDER = { "in-progress": 0, "not-started": 1, missing: 2, late: 3, submitted: 4 } as const;

function toView(
  row: { id: string; title: string; classroom: { name: string }; _count: { questions: number } },
  p: StudentProgress,
): StudentAssignmentView {
  return {
    id: row.id,
    title: row.title,
    className: row.classroom.name,
    window: p.window,
    status: p.status,
    opensAt: opensAt(p.rules)?.toISOString() ?? null,
    dueAt: p.rules.dueAt.toISOString(),
    closesAt: closesAt(p.rules).toISOString(),
    timeLimitMinutes: p.rules.timeLimitMinutes,
    attemptsAllowed: p.rules.attemptsAllowed,
    attemptsUsed: p.attempts.length,
    questionCount: row._count.questions,
    openAttemptId: p.openAttempt?.id ?? null,
    canStart: p.canStart,
    score: p.counting?.score ?? null,
  };
}

/** The student's assigned work, what to do first at the top; bounded to the nearest ASSIGNMENT_LIST_LIMIT by due date. */
export async function listStudentAssignments(studentId: string, now: Date = new Date()): Promise<StudentAssignmentView[]> {
  const rows = await db.assignment.findMany({
    where: visibleTo(studentId),
    orderBy: [{ dueAt: "desc" }, { id: "asc" }],
    take: ASSIGNMENT_LIST_LIMIT,
    select: { ...assignmentColumns, overrides: { where: { studentId }, select: overrideColumns } },
  });
  const attempts = await loadAssignmentAttempts(rows.map((r) => r.id), studentId);
  const views = rows.map((row) => {
    const progress = studentProgress(rulesOf(row), row.overrides[0] ?? null, attempts.get(row.id)?.get(studentId) ?? [], now);
    return toView(row, progress);
  });
  const rank = (v: StudentAssignmentView) =>
    v.window === "closed" && (v.status === "missing" || v.status === "not-started") ? 5 : STATUS_ORDER[v.status];
  return views.sort((a, b) => rank(a) - rank(b) || a.dueAt.localeCompare(b.dueAt));
}

/** One assignment as its student sees it; anything else (not in the class, a draft, a foreign id) reads as missing. */
export async function getStudentAssignment(studentId: string, assignmentId: string, now: Date = new Date()) {
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, ...visibleTo(studentId) },
    select: { ...assignmentColumns, shuffleQuestions: true, shuffleChoices: true, overrides: { where: { studentId }, select: overrideColumns } },
  });
  if (!row) throw new ClassError("assignment-not-found");
  const classRules = rulesOf(row);
  const stored = (await loadAssignmentAttempts([row.id], studentId)).get(row.id)?.get(studentId) ?? [];
  const progress = studentProgress(classRules, row.overrides[0] ?? null, stored, now);
  const releaseAt = answersReleaseAt(classRules, progress.rules);
  const detail: StudentAssignmentDetailView = {
    ...toView(row, progress),
    grading: classRules.grading,
    reviewPolicy: classRules.reviewPolicy,
    answersVisible: answersVisible(progress.rules, { attemptFinished: true, releaseAt, now }),
    attempts: progress.attempts.map((a) => {
      const finished = a.finishedAt ?? (now > a.endsAt ? a.endsAt : null);
      return {
        id: a.id,
        number: a.attemptNumber,
        startedAt: a.startedAt.toISOString(),
        finishedAt: finished?.toISOString() ?? null,
        score: a.score,
        late: a.late,
        counts: progress.counting?.id === a.id,
      };
    }),
  };
  return { view: detail, progress, classRules, releaseAt, shuffleQuestions: row.shuffleQuestions, shuffleChoices: row.shuffleChoices };
}
