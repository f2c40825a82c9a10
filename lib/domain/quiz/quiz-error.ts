import { AppError } from "@/lib/domain/errors/app-error";

export type QuizErrorCode =
  | "attempt-not-found"
  | "not-your-attempt"
  | "question-not-in-attempt"
  | "question-not-found"
  | "attempt-finished"
  | "attempt-not-finished"
  | "no-questions";

/** A quiz use case's failure; status and words come from the error catalogue like every AppError. */
export class QuizError extends AppError<QuizErrorCode> {}
