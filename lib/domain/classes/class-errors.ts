import { AppError } from "@/lib/domain/errors/app-error";

// Failures of the class and assignment use cases. A foreign id reads as a missing one, so ids cannot be probed.
// Their statuses and words are rows of the one error catalogue (lib/domain/errors/app-error.ts).

export type ClassErrorCode =
  | "class-not-found"
  | "class-archived"
  | "join-code-unknown"
  | "join-disabled"
  | "teachers-cannot-join"
  | "student-not-in-class"
  | "assignment-not-found"
  | "assignment-not-open"
  | "assignment-closed"
  | "no-attempts-left"
  | "assignment-started"
  | "assignment-not-draft"
  | "not-enough-questions"
  | "time-up"
  | "answers-hidden"
  | "question-not-in-assignment";

export class ClassError extends AppError<ClassErrorCode> {}
