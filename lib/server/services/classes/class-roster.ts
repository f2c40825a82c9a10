import "server-only";
import { ROSTER_PAGE_SIZE, type RosterPageView } from "@/lib/domain/classes/views";
import { db } from "@/lib/server/db";
import { loadOwnedClass } from "./owned-class";

/** One page of the class's current students, by name. */
export async function getClassRoster(teacherId: string, classId: string, page: number): Promise<RosterPageView> {
  await loadOwnedClass(teacherId, classId);
  const where = { classId, endedAt: null };
  const total = await db.classMembership.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ROSTER_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.classMembership.findMany({
    where,
    orderBy: [{ student: { name: "asc" } }, { studentId: "asc" }],
    skip: (current - 1) * ROSTER_PAGE_SIZE,
    take: ROSTER_PAGE_SIZE,
    select: { joinedAt: true, student: { select: { id: true, name: true, email: true } } },
  });
  return {
    entries: rows.map((row) => ({
      studentId: row.student.id,
      name: row.student.name,
      email: row.student.email,
      joinedAt: row.joinedAt.toISOString(),
    })),
    page: current,
    pageCount,
    total,
  };
}
