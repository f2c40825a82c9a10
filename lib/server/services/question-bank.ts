import "server-only";
import type { Question, QuestionKind } from "@/lib/domain/generation/question-types";
import { db } from "@/lib/server/db";

// The ingest writes each domain Question as JSON; every reader goes through here to get it back.
export function toQuestion(row: { payloadJson: string }): Question {
  return JSON.parse(row.payloadJson) as Question;
}

/** Active (not retired) questions, optionally of one document and some kinds, in a stable order. */
export async function listActiveQuestions(filter: { documentId?: string; kinds?: QuestionKind[] } = {}): Promise<Question[]> {
  const rows = await db.question.findMany({
    where: {
      retiredAt: null,
      ...(filter.documentId ? { documentId: filter.documentId } : {}),
      ...(filter.kinds && filter.kinds.length > 0 ? { kind: { in: filter.kinds } } : {}),
    },
    select: { payloadJson: true },
    orderBy: [{ documentId: "asc" }, { id: "asc" }],
  });
  return rows.map(toQuestion);
}

/** Questions by id, retired ones included (a past attempt still shows what was asked), in the order asked. */
export async function getQuestionsByIds(ids: string[]): Promise<Question[]> {
  if (ids.length === 0) return [];
  const rows = await db.question.findMany({ where: { id: { in: ids } }, select: { id: true, payloadJson: true } });
  const byId = new Map(rows.map((row) => [row.id, toQuestion(row)]));
  return ids.flatMap((id) => {
    const question = byId.get(id);
    return question ? [question] : [];
  });
}

export async function getQuestion(id: string): Promise<Question | null> {
  const row = await db.question.findUnique({ where: { id }, select: { payloadJson: true } });
  return row ? toQuestion(row) : null;
}
