import { AppError } from "@/lib/domain/errors/app-error";

/** The card changed since the client read it (another tab rated or undid it): reload, never apply twice. */
export class StaleCardError extends AppError<"stale-card"> {
  constructor(readonly cardId: string) {
    super("stale-card");
  }
}

/** No such card or review for this user (another user's ids look the same as missing ones). */
export class FlashcardNotFoundError extends AppError<"card-not-found" | "review-not-found"> {
  constructor(what: "card" | "review") {
    super(what === "card" ? "card-not-found" : "review-not-found");
  }
}

/** Settings a caller other than the form (a script, a test) tried to save out of range. */
export class InvalidStudySettingsError extends AppError<"invalid-study-settings"> {
  constructor(readonly issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
    super(
      "invalid-study-settings",
      `Invalid study settings: ${issues.map((issue) => `${issue.path.map(String).join(".")}: ${issue.message}`).join("; ")}`,
    );
  }
}
