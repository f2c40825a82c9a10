import "server-only";
import { AppError } from "@/lib/domain/errors/app-error";
import { db } from "@/lib/server/db";

/** The document, if the caller owns it: every library use case starts here. Another teacher's reads as missing. */
export async function loadOwnedDocument(teacherId: string, documentId: string): Promise<{ id: string; title: string }> {
  const row = await db.contentDocument.findUnique({ where: { id: documentId }, select: { id: true, title: true, ownerId: true, retiredAt: true } });
  if (!row || row.ownerId !== teacherId || row.retiredAt) throw new AppError("document-not-found");
  return { id: row.id, title: row.title };
}
