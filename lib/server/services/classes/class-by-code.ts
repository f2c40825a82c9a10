import "server-only";
import { db } from "@/lib/server/db";

/** What a join link shows before joining: the class's name and teacher, and whether it takes students. */
export async function findClassByCode(code: string): Promise<{ name: string; teacherName: string; open: boolean } | null> {
  const row = await db.classroom.findUnique({
    where: { joinCode: code },
    select: { name: true, joinEnabled: true, archivedAt: true, teacher: { select: { name: true } } },
  });
  return row ? { name: row.name, teacherName: row.teacher.name, open: row.joinEnabled && row.archivedAt === null } : null;
}
