import { AnswerConflictError, AnswerValidationError } from "@/lib/domain/scoring";

export type QuizErrorCode =
  | "attempt-not-found"
  | "not-your-attempt"
  | "question-not-in-attempt"
  | "question-not-found"
  | "attempt-finished"
  | "attempt-not-finished"
  | "no-questions";

const STATUS: Record<QuizErrorCode, number> = {
  "attempt-not-found": 404,
  "not-your-attempt": 403,
  "question-not-in-attempt": 400,
  "question-not-found": 404,
  "attempt-finished": 409,
  "attempt-not-finished": 409,
  "no-questions": 400,
};

const MESSAGES: Record<QuizErrorCode, string> = {
  "attempt-not-found": "There is no such quiz attempt.",
  "not-your-attempt": "This quiz attempt belongs to someone else.",
  "question-not-in-attempt": "That question is not part of this quiz.",
  "question-not-found": "That question no longer exists.",
  "attempt-finished": "This quiz is already finished.",
  "attempt-not-finished": "Finish the quiz first.",
  "no-questions": "No questions match that choice yet.",
};

/** A use-case failure the caller can act on; the one place where quiz errors meet HTTP status codes. */
export class QuizError extends Error {
  constructor(readonly code: QuizErrorCode) {
    super(MESSAGES[code]);
    this.name = "QuizError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export interface HttpError {
  status: number;
  code: string;
  message: string;
}

/** Known errors as HTTP answers; null for anything unexpected (the caller answers 500 without details). */
export function httpErrorOf(error: unknown): HttpError | null {
  if (error instanceof QuizError) return { status: error.status, code: error.code, message: error.message };
  if (error instanceof AnswerValidationError) return { status: 400, code: error.code, message: error.message };
  if (error instanceof AnswerConflictError) {
    return { status: 409, code: error.code, message: "This question was already answered differently in this attempt." };
  }
  return null;
}
