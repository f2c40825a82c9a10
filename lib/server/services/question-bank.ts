import "server-only";
import { questionSchema } from "@/lib/domain/generation/question-schema";
import type { Question, QuestionKind } from "@/lib/domain/generation/question-types";
import { db } from "@/lib/server/db";
import { parseJsonColumn } from "@/lib/server/json-column";
import type { DocumentWhere } from "@/lib/server/services/library/document-visibility";
import { QuestionCache } from "@/lib/server/services/question-cache";

// The ingest writes each domain Question as JSON; every reader goes through here to get it back.
export function toQuestion(row: { payloadJson: string }): Question {
  return parseJsonColumn(questionSchema, row.payloadJson);
}

/**
 * Active questions (not retired, not hidden by their teacher) of the documents `documents` admits (see
 * library/document-visibility), optionally of one document and some kinds, in a stable order.
 */
export async function listActiveQuestions(
  documents: DocumentWhere,
  filter: { documentId?: string; kinds?: QuestionKind[] } = {},
): Promise<Question[]> {
  const rows = await db.question.findMany({
    where: {
      retiredAt: null,
      hiddenAt: null,
      document: documents,
      ...(filter.documentId ? { documentId: filter.documentId } : {}),
      ...(filter.kinds && filter.kinds.length > 0 ? { kind: { in: filter.kinds } } : {}),
    },
    select: { payloadJson: true },
    orderBy: [{ documentId: "asc" }, { id: "asc" }],
  });
  return rows.map(toQuestion);
}

// One per process (on globalThis, so route bundles share it).
const globalForBank = globalThis as typeof globalThis & { __questionBank?: QuestionCache };
const bank = (globalForBank.__questionBank ??= new QuestionCache(() => db, toQuestion));

/** Questions by id, retired ones included (a past attempt still shows what was asked), in the order asked. */
export async function getQuestionsByIds(ids: string[]): Promise<Question[]> {
  return ids.length === 0 ? [] : bank.getMany(ids);
}

/** One question, retired or not; from this process's copy of the bank, rechecked against the database each second. */
export async function getQuestion(id: string): Promise<Question | null> {
  return bank.get(id);
}

/** After an ingest in this process: read the bank afresh rather than at the next recheck. */
export function forgetQuestionBank(): void {
  bank.invalidate();
}
