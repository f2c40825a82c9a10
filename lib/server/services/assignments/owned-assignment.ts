import "server-only";
import type { AssignmentRules, AssignmentStatus, GradingRule, ReviewPolicy, RulesOverride } from "@/lib/domain/assignments/rules";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { db } from "@/lib/server/db";

/** The columns that make an assignment's rules. */
export const rulesColumns = {
  status: true,
  publishedAt: true,
  opensAt: true,
  dueAt: true,
  lateUntil: true,
  timeLimitMinutes: true,
  attemptsAllowed: true,
  grading: true,
  reviewPolicy: true,
} as const;

type RulesRow = { status: string; grading: string; reviewPolicy: string } & Omit<AssignmentRules, "status" | "grading" | "reviewPolicy">;

/** A row's rules in the domain's shape; unknown stored words fall back to the defaults. */
export function rulesOf(row: RulesRow): AssignmentRules {
  return {
    status: (row.status === "published" ? "published" : "draft") satisfies AssignmentStatus,
    publishedAt: row.publishedAt,
    opensAt: row.opensAt,
    dueAt: row.dueAt,
    lateUntil: row.lateUntil,
    timeLimitMinutes: row.timeLimitMinutes,
    attemptsAllowed: row.attemptsAllowed,
    grading: (row.grading === "last" ? "last" : "highest") satisfies GradingRule,
    reviewPolicy: (["after-each", "after-submit", "after-due", "never"].includes(row.reviewPolicy)
      ? row.reviewPolicy
      : "after-submit") as ReviewPolicy,
  };
}

export const overrideColumns = { dueAt: true, lateUntil: true, timeLimitMinutes: true, attemptsAllowed: true } as const;
export type OverrideRow = RulesOverride;

/** The assignment, if the caller teaches its class; another teacher's reads as missing. */
export async function loadOwnedAssignment(teacherId: string, assignmentId: string) {
  const row = await db.assignment.findUnique({
    where: { id: assignmentId },
    select: {
      id: true,
      classId: true,
      title: true,
      specJson: true,
      shuffleQuestions: true,
      shuffleChoices: true,
      kind: true,
      targetScope: true,
      targetRecall: true,
      ...rulesColumns,
      classroom: { select: { teacherId: true, name: true, archivedAt: true } },
      _count: { select: { attempts: true } },
    },
  });
  if (!row || row.classroom.teacherId !== teacherId) throw new ClassError("assignment-not-found");
  return { ...row, rules: rulesOf(row), started: row._count.attempts > 0 };
}
