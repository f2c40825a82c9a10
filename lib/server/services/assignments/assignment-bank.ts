import "server-only";
import type { DrawableQuestion } from "@/lib/domain/assignments/question-spec";
import { db } from "@/lib/server/db";
import { listActiveQuestions } from "@/lib/server/services/question-bank";
import { documentsOfClass } from "@/lib/server/services/library/document-visibility";

/** The class's active bank as drawing sees it: each question's lesson, kind and the years of its facts. */
export async function loadDrawableBank(classId: string): Promise<DrawableQuestion[]> {
  const [questions, facts] = await Promise.all([
    listActiveQuestions(documentsOfClass(classId)),
    db.datedFact.findMany({ where: { retiredAt: null }, select: { id: true, year: true } }),
  ]);
  const yearOf = new Map(facts.map((f) => [f.id, f.year]));
  return questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    documentId: q.source.documentId,
    factIds: q.factIds,
    source: { sentenceId: q.source.sentenceId },
    years: q.factIds.flatMap((id) => {
      const year = yearOf.get(id);
      return year === undefined ? [] : [year];
    }),
  }));
}

/** Questions the teacher dropped from this class's future assignments. */
export async function loadExcludedQuestions(classId: string): Promise<Set<string>> {
  const rows = await db.classQuestionExclusion.findMany({ where: { classId }, select: { questionId: true } });
  return new Set(rows.map((r) => r.questionId));
}
