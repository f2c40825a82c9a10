import "server-only";
import { spacedProgress, type SpacedProgress } from "@/lib/domain/results/spaced-progress";
import { db } from "@/lib/server/db";
import { CARD_STATE_SELECT } from "@/lib/server/services/cards";
import { recallAt } from "@/lib/server/services/progress/card-retrievability";

/** Each student's progress toward a spaced target from their cards' recall at `now`, in one statement. */
export async function loadSpacedRecall(
  studentIds: readonly string[],
  questionIds: readonly string[],
  target: number,
  now: Date,
): Promise<Map<string, SpacedProgress>> {
  const cards =
    studentIds.length === 0 || questionIds.length === 0
      ? []
      : await db.card.findMany({
          where: { userId: { in: [...studentIds] }, questionId: { in: [...questionIds] } },
          select: { userId: true, questionId: true, ...CARD_STATE_SELECT },
        });
  const byStudent = new Map<string, { questionId: string; retrievability: number | null }[]>();
  for (const card of cards) {
    const list = byStudent.get(card.userId) ?? [];
    byStudent.set(card.userId, list);
    list.push({ questionId: card.questionId, retrievability: recallAt(card, now) });
  }
  return new Map(studentIds.map((id) => [id, spacedProgress(questionIds, byStudent.get(id) ?? [], target)]));
}
