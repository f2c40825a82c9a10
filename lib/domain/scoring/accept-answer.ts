import { AppError } from "@/lib/domain/errors/app-error";
import type { AnswerResponse } from "./gradable-question";
import { normalizeAnswer } from "./normalize-answer";

export interface AnswerSubmission {
  attemptId: string;
  questionId: string;
  response: AnswerResponse;
  /** Client-generated id for retries; optional because the (attempt, question) pair already identifies the answer. */
  clientSubmissionId?: string;
}

/** The minimum an already-stored answer must expose. */
export interface StoredAnswerKey {
  attemptId: string;
  questionId: string;
  response: AnswerResponse;
  clientSubmissionId?: string | null;
}

export type AcceptResult<T> =
  | { status: "new"; submission: AnswerSubmission }
  | { status: "duplicate"; answer: T };

/** A second, different answer to a question already answered in this attempt. Map to HTTP 409. */
export class AnswerConflictError<T extends StoredAnswerKey = StoredAnswerKey> extends AppError<"answer-conflict"> {
  constructor(readonly existing: T) {
    super("answer-conflict");
  }
}

function sameResponse(a: AnswerResponse, b: AnswerResponse): boolean {
  if (typeof a === "string" || typeof b === "string") {
    return typeof a === "string" && typeof b === "string" && normalizeAnswer(a) === normalizeAnswer(b);
  }
  return a.length === b.length && a.every((item, i) => normalizeAnswer(item) === normalizeAnswer(b[i] ?? ""));
}

/**
 * Idempotency rule, one answer per (attemptId, questionId), first write wins:
 * - no stored answer → "new": grade and store the submission;
 * - stored answer with the same response (after normalisation) or the same
 *   clientSubmissionId (a retry) → "duplicate": return the stored answer unchanged;
 * - stored answer with a different response → AnswerConflictError; never overwritten.
 * The database should also hold a unique index on (attemptId, questionId).
 */
export function acceptAnswer<T extends StoredAnswerKey>(
  existingAnswers: readonly T[],
  submission: AnswerSubmission,
): AcceptResult<T> {
  const existing = existingAnswers.find(
    (a) => a.attemptId === submission.attemptId && a.questionId === submission.questionId,
  );
  if (!existing) return { status: "new", submission };
  const sameRetry =
    submission.clientSubmissionId !== undefined && existing.clientSubmissionId === submission.clientSubmissionId;
  if (sameRetry || sameResponse(existing.response, submission.response)) return { status: "duplicate", answer: existing };
  throw new AnswerConflictError(existing);
}
