import "server-only";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { db } from "@/lib/server/db";
import { loadOwnedClass } from "./owned-class";

/** Ends a student's membership; their attempts and the class's results keep it as history. */
export async function removeStudent(teacherId: string, classId: string, studentId: string, now: Date = new Date()): Promise<void> {
  await loadOwnedClass(teacherId, classId);
  const { count } = await db.classMembership.updateMany({
    where: { classId, studentId, endedAt: null },
    data: { endedAt: now, endedBy: "teacher" },
  });
  if (count === 0) throw new ClassError("student-not-in-class");
}
