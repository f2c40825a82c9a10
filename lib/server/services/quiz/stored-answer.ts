import "server-only";
import { answerResponseSchema } from "@/lib/domain/quiz/inputs";
import type { AnswerResponse } from "@/lib/domain/scoring";
import { parseJsonColumn } from "@/lib/server/json-column";

/** The QuizAnswer columns every quiz read selects. */
export const answerColumns = {
  questionId: true,
  responseJson: true,
  correct: true,
  score: true,
  timeMs: true,
  answeredAt: true,
  clientSubmissionId: true,
} as const;

export interface StoredQuizAnswer {
  attemptId: string;
  questionId: string;
  response: AnswerResponse;
  correct: boolean;
  score: number;
  timeMs: number;
  answeredAt: Date;
  clientSubmissionId: string | null;
}

export function toStoredAnswer(
  attemptId: string,
  row: {
    questionId: string;
    responseJson: string;
    correct: boolean;
    score: number;
    timeMs: number;
    answeredAt: Date;
    clientSubmissionId: string | null;
  },
): StoredQuizAnswer {
  return {
    attemptId,
    questionId: row.questionId,
    // An unreadable stored response compares as empty rather than failing the whole attempt.
    response: parseJsonColumn(answerResponseSchema, row.responseJson, ""),
    correct: row.correct,
    score: row.score,
    timeMs: row.timeMs,
    answeredAt: row.answeredAt,
    clientSubmissionId: row.clientSubmissionId,
  };
}
