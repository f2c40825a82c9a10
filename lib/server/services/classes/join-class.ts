import "server-only";
import type { SessionUser } from "@/lib/domain/auth/access";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { db } from "@/lib/server/db";

export interface JoinedClass {
  classId: string;
  name: string;
  /** False when the student was already in the class (joining again changes nothing). */
  joinedNow: boolean;
}

/** A student joins by code (typed or from a link). Leaving or removal before: joining again reopens the membership. */
export async function joinClass(user: SessionUser, code: string, now: Date = new Date()): Promise<JoinedClass> {
  if (user.role !== "student") throw new ClassError("teachers-cannot-join");
  const found = await db.classroom.findUnique({
    where: { joinCode: code },
    select: { id: true, name: true, joinEnabled: true, archivedAt: true },
  });
  if (!found) throw new ClassError("join-code-unknown");
  const existing = await db.classMembership.findUnique({
    where: { classId_studentId: { classId: found.id, studentId: user.id } },
    select: { endedAt: true },
  });
  if (existing && existing.endedAt === null) return { classId: found.id, name: found.name, joinedNow: false };
  if (found.archivedAt) throw new ClassError("class-archived");
  if (!found.joinEnabled) throw new ClassError("join-disabled");
  await db.classMembership.upsert({
    where: { classId_studentId: { classId: found.id, studentId: user.id } },
    create: { classId: found.id, studentId: user.id, joinedAt: now },
    update: { joinedAt: now, endedAt: null, endedBy: null },
    select: { id: true },
  });
  return { classId: found.id, name: found.name, joinedNow: true };
}

/** The student leaves; their work stays with the class's results. */
export async function leaveClass(studentId: string, classId: string, now: Date = new Date()): Promise<void> {
  const { count } = await db.classMembership.updateMany({
    where: { classId, studentId, endedAt: null },
    data: { endedAt: now, endedBy: "student" },
  });
  if (count === 0) throw new ClassError("class-not-found");
}
