import "server-only";
import { db } from "@/lib/server/db";

/**
 * A stamp of the content everyone sees (the seed lessons, their facts and questions): it changes with every
 * ingest, edit, retirement or hidden question, so a process holding pages rendered from that content knows
 * when to drop them. Teachers' own documents are left out: they never appear on a signed-out page.
 */
export async function publicContentVersion(): Promise<string> {
  const shared = { document: { ownerId: null } };
  const [documents, facts, activeFacts, questions] = await Promise.all([
    db.contentDocument.aggregate({ where: { ownerId: null }, _count: { _all: true }, _max: { updatedAt: true } }),
    db.datedFact.count({ where: shared }),
    db.datedFact.count({ where: { ...shared, retiredAt: null } }),
    db.question.aggregate({ where: shared, _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  return [
    documents._count._all,
    documents._max.updatedAt?.getTime() ?? 0,
    facts,
    activeFacts,
    questions._count._all,
    questions._max.updatedAt?.getTime() ?? 0,
  ].join(":");
}
