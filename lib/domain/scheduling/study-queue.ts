import { sharesAny } from "../generation/sibling-keys";
import type { CardState } from "./card-state";

export interface QueueCandidate {
  questionId: string;
  lessonId: string;
  /** null when the user has never seen the question. */
  state: CardState | null;
  /** The facts and sentence it asks about (siblingKeys): cards sharing one are siblings. */
  siblingKeys?: readonly string[];
}

export interface StudyQueueInput {
  /** New cards are introduced in this order, so pass them in curriculum order. */
  cards: readonly QueueCandidate[];
  now: Date;
  /** Daily limit of new cards. */
  newPerDay: number;
  /** New cards already introduced today (counted by the caller in the user's day). */
  newIntroducedToday: number;
  /** Sibling keys of the cards reviewed today: their new and review siblings wait until tomorrow. */
  reviewedTodayKeys?: ReadonlySet<string>;
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
  /** Due or new cards held back until tomorrow because a sibling was reviewed today or comes first. */
  buriedCount: number;
}

function nonNegativeInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer; got ${value}.`);
  return value;
}

/**
 * Due cards first, most overdue first (ties by questionId), then new cards in
 * input order up to what is left of today's new-card limit. Duplicate
 * questionIds are dropped after their first occurrence.
 *
 * Siblings are buried as Anki does: a new or review card whose fact or sentence was reviewed today, or is
 * asked by a card earlier in today's queue, waits until tomorrow. Learning cards are never buried (their
 * steps are minutes), but they do bury their siblings.
 */
export function selectStudyQueue(input: StudyQueueInput): StudyQueue {
  const newPerDay = nonNegativeInteger(input.newPerDay, "newPerDay");
  const introduced = nonNegativeInteger(input.newIntroducedToday, "newIntroducedToday");
  const nowMs = input.now.getTime();

  const seen = new Set<string>();
  const due: (QueueItem & { keys: readonly string[]; learning: boolean })[] = [];
  const fresh: (QueueItem & { keys: readonly string[] })[] = [];
  let nextDueAt: number | null = null;

  for (const card of input.cards) {
    if (seen.has(card.questionId)) continue;
    seen.add(card.questionId);
    const { state } = card;
    const keys = card.siblingKeys ?? [];
    if (state === null || state.state === "new") {
      fresh.push({ questionId: card.questionId, lessonId: card.lessonId, kind: "new", due: null, keys });
    } else if (state.due.getTime() <= nowMs) {
      const learning = state.state === "learning" || state.state === "relearning";
      due.push({ questionId: card.questionId, lessonId: card.lessonId, kind: "due", due: new Date(state.due.getTime()), keys, learning });
    } else if (nextDueAt === null || state.due.getTime() < nextDueAt) {
      nextDueAt = state.due.getTime();
    }
  }

  due.sort((a, b) => {
    const diff = (a.due?.getTime() ?? 0) - (b.due?.getTime() ?? 0);
    if (diff !== 0) return diff;
    return a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0;
  });

  const taken = new Set<string>(input.reviewedTodayKeys ?? []);
  const take = (keys: readonly string[]) => keys.forEach((key) => taken.add(key));
  let buriedCount = 0;
  for (const item of due) if (item.learning) take(item.keys);
  const dueItems: QueueItem[] = [];
  for (const { keys, learning, ...item } of due) {
    if (!learning && sharesAny(keys, taken)) {
      buriedCount++;
      continue;
    }
    if (!learning) take(keys);
    dueItems.push(item);
  }

  const allowance = Math.max(0, newPerDay - introduced);
  const newItems: QueueItem[] = [];
  for (const { keys, ...item } of fresh) {
    if (newItems.length >= allowance) break;
    if (sharesAny(keys, taken)) {
      buriedCount++;
      continue;
    }
    take(keys);
    newItems.push(item);
  }

  return {
    items: [...dueItems, ...newItems],
    dueCount: dueItems.length,
    newCount: newItems.length,
    newRemainingToday: allowance - newItems.length,
    nextDueAt: nextDueAt === null ? null : new Date(nextDueAt),
    buriedCount,
  };
}
