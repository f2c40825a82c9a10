import "server-only";
import { newCardState, type CardState, type CardStateName } from "@/lib/domain/scheduling";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";

/** The Card columns that hold its schedule: select these to build a CardState with cardStateOf. */
export const CARD_STATE_SELECT = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

/** The Card row's scheduling columns, as the domain's CardState. */
export function cardStateOf(row: {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: string;
  lastReview: Date | null;
}): CardState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as CardStateName,
    lastReview: row.lastReview,
  };
}

/** The columns to write for a CardState. */
export function cardColumnsOf(state: CardState) {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsedDays: state.elapsedDays,
    scheduledDays: state.scheduledDays,
    learningSteps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    lastReview: state.lastReview,
  };
}

/**
 * Makes sure the user has a card for each question (new cards, due now); existing cards keep their schedule.
 * Returns how many were created. Safe to race: two tabs or two clicks creating the same cards end with one each.
 */
export async function ensureCards(userId: string, questionIds: string[], now: Date): Promise<number> {
  try {
    return await createMissingCards(userId, questionIds, now);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent request created some of them first (its transaction rolled ours back): create what is still missing.
    return createMissingCards(userId, questionIds, now);
  }
}

async function createMissingCards(userId: string, questionIds: string[], now: Date): Promise<number> {
  const unique = [...new Set(questionIds)];
  if (unique.length === 0) return 0;
  const existing = await db.card.findMany({
    where: { userId, questionId: { in: unique } },
    select: { questionId: true },
  });
  const have = new Set(existing.map((card) => card.questionId));
  const missing = unique.filter((id) => !have.has(id));
  if (missing.length === 0) return 0;
  const columns = cardColumnsOf(newCardState(now));
  // One transaction: either every missing card is created or none is.
  await db.$transaction(missing.map((questionId) => db.card.create({ data: { userId, questionId, ...columns } })));
  return missing.length;
}
