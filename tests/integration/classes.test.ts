import { migrateTempDatabase, removeTempDatabase } from "../support/temp-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssignmentFormInput } from "@/lib/domain/assignments/inputs";
import type { SessionUser } from "@/lib/domain/auth/access";
import { db } from "@/lib/server/db";
import { publishAssignment, deleteAssignment } from "@/lib/server/services/assignments/publish-assignment";
import { saveAssignment } from "@/lib/server/services/assignments/save-assignment";
import { setOverride } from "@/lib/server/services/assignments/set-override";
import { startAssignmentAttempt } from "@/lib/server/services/assignments/start-assignment-attempt";
import { getStudentAssignment, listStudentAssignments } from "@/lib/server/services/assignments/student-assignments";
import { getTeacherAssignment } from "@/lib/server/services/assignments/teacher-assignment";
import { getClassRoster } from "@/lib/server/services/classes/class-roster";
import { createClass } from "@/lib/server/services/classes/create-class";
import { joinClass, leaveClass } from "@/lib/server/services/classes/join-class";
import { listTeacherClasses } from "@/lib/server/services/classes/list-classes";
import { regenerateJoinCode, setJoinEnabled } from "@/lib/server/services/classes/manage-join-code";
import { removeStudent } from "@/lib/server/services/classes/remove-student";
import { classErrorCode } from "../support/class-error-code";
import { submitAnswer } from "@/lib/server/services/quiz/submit-answer";
import { insertTestQuestions, unrelatedSampleQuestions } from "../support/insert-test-content";

const bank = new Map(unrelatedSampleQuestions().map((q) => [q.id, q]));
const answerOf = (id: string) => bank.get(id)!.answer;
const T0 = new Date("2027-03-01T10:00:00Z");
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);
let teacher: SessionUser;
let otherTeacher: SessionUser;
let ana: SessionUser;
let ben: SessionUser;

async function user(email: string, role: "student" | "teacher"): Promise<SessionUser> {
  const row = await db.user.create({ data: { name: email.split("@")[0] as string, email, role }, select: { id: true } });
  return { id: row.id, name: email, email, role };
}

const codeOf = classErrorCode;

function form(classId: string, overrides: Partial<AssignmentFormInput> = {}): AssignmentFormInput {
  return {
    classId,
    title: "Migration quiz",
    mode: "draw",
    documentIds: [],
    fromYear: null,
    toYear: null,
    kinds: ["year-choice", "true-false", "number-cloze", "who-what", "chronology"],
    count: 3,
    questionIds: [],
    shuffleQuestions: true,
    shuffleChoices: true,
    opensAt: null,
    dueAt: hours(48),
    lateUntil: hours(96),
    timeLimitMinutes: 30,
    attemptsAllowed: 1,
    grading: "highest",
    reviewPolicy: "after-submit",
    ...overrides,
  };
}

beforeAll(async () => {
  await migrateTempDatabase();
  await insertTestQuestions(db, unrelatedSampleQuestions());
  teacher = await user("teacher@example.com", "teacher");
  otherTeacher = await user("other@example.com", "teacher");
  ana = await user("ana@example.com", "student");
  ben = await user("ben@example.com", "student");
});

afterAll(async () => {
  await db.$disconnect();
  removeTempDatabase();
});

describe("classes", () => {
  let classId: string;
  let code: string;

  it("creates a class with a code that students join by, seen only by its teacher", async () => {
    classId = (await createClass(teacher.id, { name: "History 9", section: "Spring 2027" })).classId;
    const [mine] = await listTeacherClasses(teacher.id);
    expect(mine).toMatchObject({ id: classId, name: "History 9", section: "Spring 2027", joinEnabled: true, studentCount: 0 });
    code = mine!.joinCode;
    expect(await listTeacherClasses(otherTeacher.id)).toEqual([]);
    expect(await codeOf(() => getClassRoster(otherTeacher.id, classId, 1))).toBe("class-not-found");

    expect(await joinClass(ana, code, T0)).toMatchObject({ classId, joinedNow: true });
    expect(await joinClass(ana, code, T0)).toMatchObject({ classId, joinedNow: false });
    expect(await codeOf(() => joinClass(teacher, code))).toBe("teachers-cannot-join");
    expect(await codeOf(() => joinClass(ben, "ZZZZZZ"))).toBe("join-code-unknown");
    expect((await getClassRoster(teacher.id, classId, 1)).entries.map((e) => e.email)).toEqual(["ana@example.com"]);
  });

  it("stops joining when the code is off or replaced, and writes nothing", async () => {
    await setJoinEnabled(teacher.id, classId, false);
    expect(await codeOf(() => joinClass(ben, code))).toBe("join-disabled");
    await setJoinEnabled(teacher.id, classId, true);
    const fresh = (await regenerateJoinCode(teacher.id, classId)).joinCode;
    expect(fresh).not.toBe(code);
    expect(await codeOf(() => joinClass(ben, code))).toBe("join-code-unknown");
    expect(await db.classMembership.count({ where: { studentId: ben.id } })).toBe(0);
    code = fresh;
    expect(await codeOf(() => regenerateJoinCode(otherTeacher.id, classId))).toBe("class-not-found");
  });

  it("keeps the membership row when a student leaves or is removed, and reopens it on joining again", async () => {
    await joinClass(ben, code, T0);
    await leaveClass(ben.id, classId, hours(1));
    expect(await db.classMembership.findFirst({ where: { studentId: ben.id }, select: { endedBy: true } })).toEqual({ endedBy: "student" });
    await joinClass(ben, code, hours(2));
    expect(await codeOf(() => removeStudent(otherTeacher.id, classId, ben.id))).toBe("class-not-found");
    await removeStudent(teacher.id, classId, ben.id, hours(3));
    expect((await getClassRoster(teacher.id, classId, 1)).total).toBe(1);
    expect(await codeOf(() => removeStudent(teacher.id, classId, ben.id))).toBe("student-not-in-class");
    await joinClass(ben, code, hours(4));
    expect(await db.classMembership.count({ where: { studentId: ben.id } })).toBe(1);
  });

  describe("assignments", () => {
    let assignmentId: string;

    it("drafts with drawn questions, refuses another teacher, and publishes", async () => {
      expect(await codeOf(() => saveAssignment(otherTeacher.id, form(classId)))).toBe("class-not-found");
      expect(await codeOf(() => saveAssignment(teacher.id, form(classId, { documentIds: ["nothing-here"] })))).toBe("not-enough-questions");
      const saved = await saveAssignment(teacher.id, form(classId));
      assignmentId = saved.assignmentId;
      expect(saved.questionCount).toBe(3);
      expect(await listStudentAssignments(ana.id, T0)).toEqual([]); // a draft is not visible
      expect(await codeOf(() => publishAssignment(otherTeacher.id, assignmentId, T0))).toBe("assignment-not-found");
      await publishAssignment(teacher.id, assignmentId, T0);
      expect(await codeOf(() => publishAssignment(teacher.id, assignmentId, T0))).toBe("assignment-not-draft");
      const [listed] = await listStudentAssignments(ana.id, hours(1));
      expect(listed).toMatchObject({ id: assignmentId, status: "not-started", window: "open", canStart: true, questionCount: 3 });
    });

    it("starts an attempt with the fixed questions and a time limit, once", async () => {
      const started = await startAssignmentAttempt(ana.id, assignmentId, hours(1));
      expect(started.resumed).toBe(false);
      const row = await db.quizAttempt.findUniqueOrThrow({
        where: { id: started.attemptId },
        select: { attemptNumber: true, deadlineAt: true, questions: { select: { questionId: true } } },
      });
      const fixed = await db.assignmentQuestion.findMany({ where: { assignmentId }, select: { questionId: true } });
      expect(row.attemptNumber).toBe(1);
      expect(row.deadlineAt).toEqual(new Date(hours(1).getTime() + 30 * 60_000));
      expect(row.questions.map((q) => q.questionId).sort()).toEqual(fixed.map((q) => q.questionId).sort());
      expect(await startAssignmentAttempt(ana.id, assignmentId, hours(1.1))).toEqual({ attemptId: started.attemptId, resumed: true });
      // Within the time: recorded, but correctness is not revealed before submitting.
      const [first, second] = row.questions.map((q) => q.questionId);
      const reply = await submitAnswer(ana.id, { attemptId: started.attemptId, questionId: first!, response: answerOf(first!) }, hours(1.2));
      expect(reply).toMatchObject({ correct: null, expected: null, quote: null, answered: 1, finished: false });
      // After the time limit: refused with a clear code, nothing written, and the attempt submitted at its deadline.
      expect(await codeOf(() => submitAnswer(ana.id, { attemptId: started.attemptId, questionId: second!, response: answerOf(second!) }, hours(1.6)))).toBe(
        "time-up",
      );
      expect(await db.quizAnswer.count({ where: { attemptId: started.attemptId } })).toBe(1);
      expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } })).finishedAt).toEqual(row.deadlineAt);
      // Its time ran out: submitted at the deadline, and the one attempt allowed is used.
      expect(await codeOf(() => startAssignmentAttempt(ana.id, assignmentId, hours(2)))).toBe("no-attempts-left");
      const detail = await getStudentAssignment(ana.id, assignmentId, hours(2));
      expect(detail.view).toMatchObject({ status: "submitted", attemptsUsed: 1, canStart: false, answersVisible: true });
      expect(await codeOf(() => saveAssignment(teacher.id, form(classId), assignmentId))).toBe("assignment-started");
      expect(await codeOf(() => deleteAssignment(teacher.id, assignmentId))).toBe("assignment-started");
    });

    it("applies a student's override: an earlier due date makes the work late; another teacher cannot set one", async () => {
      const input = { assignmentId, studentId: ben.id, dueAt: hours(-1), timeLimitMinutes: null, attemptsAllowed: 3 };
      expect(await codeOf(() => setOverride(otherTeacher.id, input))).toBe("assignment-not-found");
      await setOverride(teacher.id, input);
      const [listed] = await listStudentAssignments(ben.id, hours(1));
      expect(listed).toMatchObject({ status: "missing", window: "late", attemptsAllowed: 3, canStart: true });
      await startAssignmentAttempt(ben.id, assignmentId, hours(1));
      const view = await getTeacherAssignment(teacher.id, assignmentId, hours(5));
      expect(view.students.map((s) => [s.name, s.status, s.submittedLate, s.attempts])).toEqual([
        ["ana", "submitted", false, 1],
        ["ben", "late", true, 1],
      ]);
      expect(view.students[1]?.override).toMatchObject({ attemptsAllowed: 3, timeLimitMinutes: null });
      expect(view.studentPage).toEqual({ page: 1, pageCount: 1, total: 2 });
      // A page past the end shows the last one, not an empty list.
      expect((await getTeacherAssignment(teacher.id, assignmentId, hours(5), 9)).students.map((s) => s.name)).toEqual(["ana", "ben"]);
      expect(await codeOf(() => getTeacherAssignment(otherTeacher.id, assignmentId))).toBe("assignment-not-found");
    });

    it("refuses a student outside the class, and work before opening or after closing", async () => {
      const outsider = await user("cleo@example.com", "student");
      expect(await codeOf(() => startAssignmentAttempt(outsider.id, assignmentId, hours(1)))).toBe("assignment-not-found");
      const later = await saveAssignment(teacher.id, form(classId, { opensAt: hours(24), attemptsAllowed: null }));
      await publishAssignment(teacher.id, later.assignmentId, T0);
      expect(await codeOf(() => startAssignmentAttempt(ana.id, later.assignmentId, hours(1)))).toBe("assignment-not-open");
      expect(await codeOf(() => startAssignmentAttempt(ana.id, later.assignmentId, hours(97)))).toBe("assignment-closed");
      expect(await db.quizAttempt.count({ where: { assignmentId: later.assignmentId } })).toBe(0);
      await deleteAssignment(teacher.id, later.assignmentId);
      expect(await db.assignment.count({ where: { id: later.assignmentId } })).toBe(0);
    });
  });
});
