import "server-only";
import { AppError } from "@/lib/domain/errors/app-error";
import { db } from "@/lib/server/db";
import { loadOwnedDocument } from "./owned-document";

/**
 * Publishes the teacher's document to exactly these classes of theirs (adding and removing publications);
 * an empty list makes it private again. A class the teacher does not teach reads as missing.
 */
export async function publishDocument(teacherId: string, input: { documentId: string; classIds: string[] }, now: Date): Promise<void> {
  await loadOwnedDocument(teacherId, input.documentId);
  const wanted = [...new Set(input.classIds)];
  const owned = await db.classroom.findMany({ where: { id: { in: wanted }, teacherId }, select: { id: true } });
  if (owned.length !== wanted.length) throw new AppError("class-not-found");
  await db.$transaction(async (tx) => {
    await tx.documentPublication.deleteMany({ where: { documentId: input.documentId, classId: { notIn: wanted } } });
    const existing = await tx.documentPublication.findMany({ where: { documentId: input.documentId }, select: { classId: true } });
    const have = new Set(existing.map((row) => row.classId));
    for (const classId of wanted) {
      if (!have.has(classId)) await tx.documentPublication.create({ data: { documentId: input.documentId, classId, publishedAt: now } });
    }
  });
}
