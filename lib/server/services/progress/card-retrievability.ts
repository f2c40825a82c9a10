import "server-only";
import { retrievability } from "@/lib/domain/scheduling";
import { db } from "@/lib/server/db";
import { CARD_STATE_SELECT, cardStateOf } from "@/lib/server/services/cards";

const CARD_SELECT = { questionId: true, ...CARD_STATE_SELECT } as const;

export interface UserCard {
  questionId: string;
  due: Date;
  state: ReturnType<typeof cardStateOf>["state"];
  /** Probability of recall at `now`; null for a card never reviewed (mastery then falls back to quiz answers). */
  retrievability: number | null;
}

/** A card row's recall probability at `now`; null for a card never reviewed. */
export function recallAt(row: Parameters<typeof cardStateOf>[0], now: Date): number | null {
  const state = cardStateOf(row);
  return state.state !== "new" && state.lastReview !== null ? retrievability(state, now) : null;
}

/** Every card of one user, with its recall probability at `now`. */
export async function loadUserCards(userId: string, now: Date): Promise<UserCard[]> {
  const rows = await db.card.findMany({ where: { userId }, select: CARD_SELECT });
  return rows.map((row) => {
    const state = cardStateOf(row);
    return { questionId: row.questionId, due: state.due, state: state.state, retrievability: recallAt(row, now) };
  });
}

/** Every quiz answer this user gave (joined through their attempts), for mastery and accuracy. */
export async function loadUserQuizAnswers(userId: string) {
  return db.quizAnswer.findMany({
    where: { attempt: { userId } },
    select: { questionId: true, correct: true, score: true, answeredAt: true },
  });
}
