import "server-only";
import { db } from "@/lib/server/db";
import { loadOwnedClass } from "./owned-class";

/** Archiving hides a class from the teacher's active list and its work from students; nothing is deleted. */
export async function setClassArchived(teacherId: string, classId: string, archived: boolean, now: Date = new Date()): Promise<void> {
  await loadOwnedClass(teacherId, classId);
  await db.classroom.update({ where: { id: classId }, data: { archivedAt: archived ? now : null }, select: { id: true } });
}
