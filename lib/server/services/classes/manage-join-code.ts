import "server-only";
import { db } from "@/lib/server/db";
import { withFreshJoinCode } from "./create-class";
import { loadOwnedClass } from "./owned-class";

/** A new code replaces the old one at once: the old code and link stop working. */
export async function regenerateJoinCode(teacherId: string, classId: string): Promise<{ joinCode: string }> {
  await loadOwnedClass(teacherId, classId);
  return withFreshJoinCode((joinCode) =>
    db.classroom.update({ where: { id: classId }, data: { joinCode }, select: { joinCode: true } }),
  );
}

/** Switches joining by code or link on or off; the code itself stays. */
export async function setJoinEnabled(teacherId: string, classId: string, enabled: boolean): Promise<void> {
  await loadOwnedClass(teacherId, classId);
  await db.classroom.update({ where: { id: classId }, data: { joinEnabled: enabled }, select: { id: true } });
}
