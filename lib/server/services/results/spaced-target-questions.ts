import "server-only";
import { parseSpacedTarget } from "@/lib/domain/assignments/spaced-target";
import { yearInEra } from "@/lib/domain/results/spaced-progress";
import { DEFAULT_ERAS } from "@/lib/domain/timeline/eras";
import { db } from "@/lib/server/db";
import { loadDrawableBank } from "@/lib/server/services/assignments/assignment-bank";

export interface SpacedTargetQuestions {
  label: string;
  /** The lesson to study for it (an era's questions span lessons: null). */
  lessonId: string | null;
  questionIds: string[];
}

/** The active questions a spaced assignment's target covers: a lesson's, or those of the class's lessons dated within an era. */
export async function loadSpacedTargetQuestions(targetScope: string | null, classId: string): Promise<SpacedTargetQuestions> {
  const target = parseSpacedTarget(targetScope);
  if (!target) return { label: "No target", lessonId: null, questionIds: [] };
  if (target.type === "lesson") {
    const [document, questions] = await Promise.all([
      db.contentDocument.findUnique({ where: { id: target.documentId }, select: { title: true } }),
      db.question.findMany({ where: { documentId: target.documentId, retiredAt: null, hiddenAt: null }, select: { id: true }, orderBy: { id: "asc" } }),
    ]);
    return { label: document?.title ?? target.documentId, lessonId: target.documentId, questionIds: questions.map((q) => q.id) };
  }
  const era = DEFAULT_ERAS.find((e) => e.id === target.eraId);
  if (!era) return { label: target.eraId, lessonId: null, questionIds: [] };
  const bank = await loadDrawableBank(classId);
  const questionIds = bank.filter((q) => q.years.some((year) => yearInEra(year, era))).map((q) => q.id);
  return { label: era.label, lessonId: null, questionIds };
}
