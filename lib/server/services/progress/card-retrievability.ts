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

/** Every card of one user, with its recall probability at `now`. */
export async function loadUserCards(userId: string, now: Date): Promise<UserCard[]> {
  const rows = await db.card.findMany({ where: { userId }, select: CARD_SELECT });
  return rows.map((row) => {
    const state = cardStateOf(row);
    const reviewed = state.state !== "new" && state.lastReview !== null;
    return {
      questionId: row.questionId,
      due: state.due,
      state: state.state,
      retrievability: reviewed ? retrievability(state, now) : null,
    };
  });
}

/** Every quiz answer this user gave (joined through their attempts), for mastery and accuracy. */
export async function loadUserQuizAnswers(userId: string) {
  return db.quizAnswer.findMany({
    where: { attempt: { userId } },
    select: { questionId: true, correct: true, score: true, answeredAt: true },
  });
}
