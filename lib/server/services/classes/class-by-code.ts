import "server-only";
import { joinCodeOfPath } from "@/lib/domain/classes/join-code";
import { db } from "@/lib/server/db";

/** What a join link shows before joining: the class's name and teacher, and whether it takes students. */
export async function findClassByCode(code: string): Promise<{ name: string; teacherName: string; open: boolean } | null> {
  const row = await db.classroom.findUnique({
    where: { joinCode: code },
    select: { name: true, joinEnabled: true, archivedAt: true, teacher: { select: { name: true } } },
  });
  return row ? { name: row.name, teacherName: row.teacher.name, open: row.joinEnabled && row.archivedAt === null } : null;
}

/** The open class a sign-in or sign-up page will join afterwards, when the visitor came from its join link. */
export async function findJoinLinkClass(callbackPath: string): Promise<{ name: string; teacherName: string } | null> {
  const code = joinCodeOfPath(callbackPath);
  const found = code ? await findClassByCode(code) : null;
  return found?.open ? found : null;
}
