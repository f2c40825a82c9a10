// Typed failures of the flashcard use cases; the actions turn them into results the UI understands.

/** The card changed since the client read it (another tab rated or undid it): reload, never apply twice. */
export class StaleCardError extends Error {
  readonly code = "stale";
  constructor(readonly cardId: string) {
    super(`Card ${cardId} was changed elsewhere; reload it before rating.`);
    this.name = "StaleCardError";
  }
}

/** No such card or review for this user (another user's ids look the same as missing ones). */
export class FlashcardNotFoundError extends Error {
  readonly code = "not-found";
  constructor(what: string) {
    super(`${what} not found.`);
    this.name = "FlashcardNotFoundError";
  }
}
