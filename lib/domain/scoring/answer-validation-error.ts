import { AppError } from "@/lib/domain/errors/app-error";

export type AnswerValidationCode =
  | "wrong-shape" // string where a list was expected, or the reverse
  | "wrong-length" // chronology with too few / too many items
  | "unknown-item" // chronology item that is not one of the events
  | "duplicate-item" // chronology item listed twice
  | "unknown-choice" // choice question answered with something that is not a choice
  | "invalid-question"; // the question itself is malformed (a content bug, not the user's)

/** A response that cannot be graded at all. Not a wrong answer: nothing is recorded (HTTP 400). */
export class AnswerValidationError extends AppError<AnswerValidationCode> {
  constructor(code: AnswerValidationCode, message: string) {
    super(code, message);
  }
}
