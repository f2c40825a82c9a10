import { State, createEmptyCard, type Card } from "ts-fsrs";

/** Learning phase of a card; string names so persisted rows stay readable. */
export type CardStateName = "new" | "learning" | "review" | "relearning";

/**
 * Scheduling state persisted per user + question. Plain data (no class, no
 * ts-fsrs enums) so it maps 1:1 onto database columns and JSON.
 */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  /** Days between the last two reviews (ts-fsrs marks it deprecated; kept for parity). */
  elapsedDays: number;
  scheduledDays: number;
  /** Index of the current (re)learning step. */
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  lastReview: Date | null;
}

const STATE_TO_NAME: Record<State, CardStateName> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

const NAME_TO_STATE: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

export function stateNameFromFsrs(state: State): CardStateName {
  return STATE_TO_NAME[state];
}

export function newCardState(now: Date): CardState {
  return fromFsrsCard(createEmptyCard(now));
}

/** Copies every field, including Dates, so callers never share mutable objects. */
export function cloneCardState(state: CardState): CardState {
  return {
    ...state,
    due: new Date(state.due.getTime()),
    lastReview: state.lastReview ? new Date(state.lastReview.getTime()) : null,
  };
}

export function toFsrsCard(state: CardState): Card {
  const card: Card = {
    due: new Date(state.due.getTime()),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: NAME_TO_STATE[state.state],
  };
  if (state.lastReview) card.last_review = new Date(state.lastReview.getTime());
  return card;
}

export function fromFsrsCard(card: Card): CardState {
  return {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: stateNameFromFsrs(card.state),
    lastReview: card.last_review ? new Date(card.last_review.getTime()) : null,
  };
}
