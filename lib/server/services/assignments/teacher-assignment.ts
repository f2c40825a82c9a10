import "server-only";
import { toQuestionPreview } from "@/lib/domain/assignments/question-preview";
import { studentProgress } from "@/lib/domain/assignments/student-progress";
import type { AssignmentRulesView, AssignmentSummaryView, TeacherAssignmentView } from "@/lib/domain/assignments/views";
import { ROSTER_PAGE_SIZE } from "@/lib/domain/classes/views";
import { db } from "@/lib/server/db";
import { loadOwnedClass } from "@/lib/server/services/classes/owned-class";
import { getQuestionsByIds } from "@/lib/server/services/question-bank";
import { loadAssignmentAttempts } from "./assignment-attempts";
import { loadOwnedAssignment, overrideColumns, rulesColumns, rulesOf } from "./owned-assignment";


const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** One assignment for its teacher: rules, the fixed questions with a preview, and one page of students' statuses. */
export async function getTeacherAssignment(teacherId: string, assignmentId: string, now: Date = new Date(), page = 1): Promise<TeacherAssignmentView> {
  const a = await loadOwnedAssignment(teacherId, assignmentId);
  const current = { classId: a.classId, endedAt: null };
  const total = await db.classMembership.count({ where: current });
  const pageCount = Math.max(1, Math.ceil(total / ROSTER_PAGE_SIZE));
  const studentPage = { page: Math.min(Math.max(1, page), pageCount), pageCount, total };
  const [questionRows, members, overrides, attempts] = await Promise.all([
    db.assignmentQuestion.findMany({ where: { assignmentId }, orderBy: { position: "asc" }, select: { questionId: true } }),
    db.classMembership.findMany({
      where: current,
      orderBy: [{ student: { name: "asc" } }, { studentId: "asc" }],
      skip: (studentPage.page - 1) * ROSTER_PAGE_SIZE,
      take: ROSTER_PAGE_SIZE,
      select: { student: { select: { id: true, name: true } } },
    }),
    db.assignmentOverride.findMany({ where: { assignmentId }, select: { studentId: true, ...overrideColumns } }),
    loadAssignmentAttempts([assignmentId]),
  ]);
  const questions = await getQuestionsByIds(questionRows.map((r) => r.questionId));
  const overrideOf = new Map(overrides.map(({ studentId, ...o }) => [studentId, o]));
  const byStudent = attempts.get(assignmentId) ?? new Map();
  const rules: AssignmentRulesView = {
    opensAt: iso(a.opensAt),
    dueAt: a.dueAt.toISOString(),
    lateUntil: iso(a.lateUntil),
    timeLimitMinutes: a.timeLimitMinutes,
    attemptsAllowed: a.attemptsAllowed,
    grading: a.rules.grading,
    reviewPolicy: a.rules.reviewPolicy,
    shuffleQuestions: a.shuffleQuestions,
    shuffleChoices: a.shuffleChoices,
  };
  return {
    id: a.id,
    classId: a.classId,
    className: a.classroom.name,
    title: a.title,
    status: a.rules.status,
    rules,
    started: a.started,
    questions: questions.map(toQuestionPreview),
    studentPage,
    students: members.map(({ student }) => {
      const override = overrideOf.get(student.id) ?? null;
      const progress = studentProgress(a.rules, override, byStudent.get(student.id) ?? [], now);
      return {
        studentId: student.id,
        name: student.name,
        status: progress.status,
        score: progress.counting?.score ?? null,
        attempts: progress.attempts.length,
        submittedLate: progress.submittedLate,
        override: override
          ? { dueAt: iso(override.dueAt), timeLimitMinutes: override.timeLimitMinutes, attemptsAllowed: override.attemptsAllowed }
          : null,
      };
    }),
  };
}

/** A class's assignments, soonest due first, with how many students have submitted. */
export async function listClassAssignments(teacherId: string, classId: string, now: Date = new Date()): Promise<AssignmentSummaryView[]> {
  await loadOwnedClass(teacherId, classId);
  const [rows, members] = await Promise.all([
    db.assignment.findMany({
      where: { classId },
      orderBy: [{ dueAt: "desc" }, { id: "asc" }],
      take: 100,
      select: {
        id: true,
        title: true,
        ...rulesColumns,
        _count: { select: { questions: true } },
        overrides: { select: { studentId: true, ...overrideColumns } },
      },
    }),
    db.classMembership.findMany({ where: { classId, endedAt: null }, select: { studentId: true } }),
  ]);
  const attempts = await loadAssignmentAttempts(rows.map((r) => r.id));
  return rows.map((row) => {
    const rules = rulesOf(row);
    const overrides = new Map(row.overrides.map(({ studentId, ...o }) => [studentId, o]));
    const byStudent = attempts.get(row.id) ?? new Map();
    const submittedCount = members.filter(({ studentId }) => {
      const status = studentProgress(rules, overrides.get(studentId) ?? null, byStudent.get(studentId) ?? [], now).status;
      return status === "submitted" || status === "late";
    }).length;
    return {
      id: row.id,
      title: row.title,
      status: rules.status,
      dueAt: row.dueAt.toISOString(),
      questionCount: row._count.questions,
      submittedCount,
      studentCount: members.length,
    };
  });
}
