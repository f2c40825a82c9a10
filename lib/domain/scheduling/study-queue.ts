import type { CardState } from "./card-state";

export interface QueueCandidate {
  questionId: string;
  lessonId: string;
  /** null when the user has never seen the question. */
  state: CardState | null;
}

export interface StudyQueueInput {
  /** New cards are introduced in this order, so pass them in curriculum order. */
  cards: readonly QueueCandidate[];
  now: Date;
  /** Daily limit of new cards. */
  newPerDay: number;
  /** New cards already introduced today (counted by the caller in the user's day). */
  newIntroducedToday: number;
}

export interface QueueItem {
  questionId: string;
  lessonId: string;
  kind: "due" | "new";
  /** Due date for due cards; null for new cards. */
  due: Date | null;
}

export interface StudyQueue {
  items: QueueItem[];
  dueCount: number;
  newCount: number;
  /** New cards still allowed today after this queue. */
  newRemainingToday: number;
  /** Earliest future due date among started cards, so the UI can say "next card in 1 min". */
  nextDueAt: Date | null;
}

function nonNegativeInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer; got ${value}.`);
  return value;
}

/**
 * Due cards first, most overdue first (ties by questionId), then new cards in
 * input order up to what is left of today's new-card limit. Duplicate
 * questionIds are dropped after their first occurrence.
 */
export function selectStudyQueue(input: StudyQueueInput): StudyQueue {
  const newPerDay = nonNegativeInteger(input.newPerDay, "newPerDay");
  const introduced = nonNegativeInteger(input.newIntroducedToday, "newIntroducedToday");
  const nowMs = input.now.getTime();

  const seen = new Set<string>();
  const due: QueueItem[] = [];
  const fresh: QueueItem[] = [];
  let nextDueAt: number | null = null;

  for (const card of input.cards) {
    if (seen.has(card.questionId)) continue;
    seen.add(card.questionId);
    const { state } = card;
    if (state === null || state.state === "new") {
      fresh.push({ questionId: card.questionId, lessonId: card.lessonId, kind: "new", due: null });
    } else if (state.due.getTime() <= nowMs) {
      due.push({ questionId: card.questionId, lessonId: card.lessonId, kind: "due", due: new Date(state.due.getTime()) });
    } else if (nextDueAt === null || state.due.getTime() < nextDueAt) {
      nextDueAt = state.due.getTime();
    }
  }

  due.sort((a, b) => {
    const diff = (a.due?.getTime() ?? 0) - (b.due?.getTime() ?? 0);
    if (diff !== 0) return diff;
    return a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0;
  });

  const allowance = Math.max(0, newPerDay - introduced);
  const newItems = fresh.slice(0, allowance);

  return {
    items: [...due, ...newItems],
    dueCount: due.length,
    newCount: newItems.length,
    newRemainingToday: allowance - newItems.length,
    nextDueAt: nextDueAt === null ? null : new Date(nextDueAt),
  };
}
