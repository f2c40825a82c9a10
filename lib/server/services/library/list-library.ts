import "server-only";
import type { LibraryDocumentView } from "@/lib/domain/library/views";
import { db } from "@/lib/server/db";

/** The teacher's own documents, newest first, with their questions, hidden ones, open reports and classes. */
export async function listLibrary(teacherId: string): Promise<LibraryDocumentView[]> {
  const rows = await db.contentDocument.findMany({
    where: { ownerId: teacherId, retiredAt: null },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      kind: true,
      date: true,
      questions: { where: { retiredAt: null }, select: { hiddenAt: true, _count: { select: { reports: { where: { resolvedAt: null } } } } } },
      publications: { select: { classroom: { select: { name: true } } }, orderBy: { publishedAt: "asc" } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    date: row.date,
    questionCount: row.questions.length,
    hiddenCount: row.questions.filter((q) => q.hiddenAt).length,
    openReportCount: row.questions.reduce((sum, q) => sum + q._count.reports, 0),
    publishedTo: row.publications.map((p) => p.classroom.name),
  }));
}
