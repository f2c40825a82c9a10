import "server-only";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { db } from "@/lib/server/db";

export interface OwnedClass {
  id: string;
  name: string;
  section: string | null;
  joinCode: string;
  joinEnabled: boolean;
  archivedAt: Date | null;
}

/** The class, if the caller teaches it: every teacher use case starts here. Another teacher's class reads as missing. */
export async function loadOwnedClass(teacherId: string, classId: string): Promise<OwnedClass> {
  const row = await db.classroom.findUnique({
    where: { id: classId },
    select: { id: true, teacherId: true, name: true, section: true, joinCode: true, joinEnabled: true, archivedAt: true },
  });
  if (!row || row.teacherId !== teacherId) throw new ClassError("class-not-found");
  const { teacherId: _owner, ...owned } = row;
  return owned;
}
