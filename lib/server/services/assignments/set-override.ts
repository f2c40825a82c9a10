import "server-only";
import type { OverrideFormInput } from "@/lib/domain/assignments/inputs";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { db } from "@/lib/server/db";
import { loadOwnedAssignment } from "./owned-assignment";

/** Saves one student's accommodations; all fields blank removes them. The student must be (or have been) in the class. */
export async function setOverride(teacherId: string, input: OverrideFormInput): Promise<{ removed: boolean }> {
  const assignment = await loadOwnedAssignment(teacherId, input.assignmentId);
  const member = await db.classMembership.findUnique({
    where: { classId_studentId: { classId: assignment.classId, studentId: input.studentId } },
    select: { id: true },
  });
  if (!member) throw new ClassError("student-not-in-class");
  const key = { assignmentId_studentId: { assignmentId: input.assignmentId, studentId: input.studentId } };
  const data = { dueAt: input.dueAt, timeLimitMinutes: input.timeLimitMinutes, attemptsAllowed: input.attemptsAllowed };
  if (data.dueAt === null && data.timeLimitMinutes === null && data.attemptsAllowed === null) {
    await db.assignmentOverride.deleteMany({ where: { assignmentId: input.assignmentId, studentId: input.studentId } });
    return { removed: true };
  }
  await db.assignmentOverride.upsert({
    where: key,
    create: { assignmentId: input.assignmentId, studentId: input.studentId, ...data },
    update: data,
    select: { assignmentId: true },
  });
  return { removed: false };
}
