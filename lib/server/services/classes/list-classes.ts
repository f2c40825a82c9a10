import "server-only";
import { CLASS_LIST_LIMIT, type ClassSummaryView, type StudentClassView } from "@/lib/domain/classes/views";
import { db } from "@/lib/server/db";

/** The caller's own classes, newest first: active ones, or the archived ones. */
export async function listTeacherClasses(teacherId: string, archived = false): Promise<ClassSummaryView[]> {
  const rows = await db.classroom.findMany({
    where: { teacherId, archivedAt: archived ? { not: null } : null },
    orderBy: { createdAt: "desc" },
    take: CLASS_LIST_LIMIT,
    select: {
      id: true,
      name: true,
      section: true,
      joinCode: true,
      joinEnabled: true,
      archivedAt: true,
      _count: { select: { memberships: { where: { endedAt: null } }, assignments: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    section: row.section,
    joinCode: row.joinCode,
    joinEnabled: row.joinEnabled,
    archived: row.archivedAt !== null,
    studentCount: row._count.memberships,
    assignmentCount: row._count.assignments,
  }));
}

/** The classes a student is in now (not left, not removed, not archived). */
export async function listStudentClasses(studentId: string): Promise<StudentClassView[]> {
  const rows = await db.classMembership.findMany({
    where: { studentId, endedAt: null, classroom: { archivedAt: null } },
    orderBy: { joinedAt: "desc" },
    take: 50,
    select: { classroom: { select: { id: true, name: true, section: true, teacher: { select: { name: true } } } } },
  });
  return rows.map(({ classroom }) => ({
    id: classroom.id,
    name: classroom.name,
    section: classroom.section,
    teacherName: classroom.teacher.name,
  }));
}
