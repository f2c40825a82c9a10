import "server-only";
import type { AnswerResponse } from "@/lib/domain/scoring";

/** The QuizAnswer columns every quiz read selects. */
export const answerColumns = {
  questionId: true,
  responseJson: true,
  correct: true,
  score: true,
  timeMs: true,
  answeredAt: true,
} as const;

export interface StoredQuizAnswer {
  attemptId: string;
  questionId: string;
  response: AnswerResponse;
  correct: boolean;
  score: number;
  timeMs: number;
  answeredAt: Date;
}

export function toStoredAnswer(
  attemptId: string,
  row: { questionId: string; responseJson: string; correct: boolean; score: number; timeMs: number; answeredAt: Date },
): StoredQuizAnswer {
  return {
    attemptId,
    questionId: row.questionId,
    response: parseResponse(row.responseJson),
    correct: row.correct,
    score: row.score,
    timeMs: row.timeMs,
    answeredAt: row.answeredAt,
  };
}

function parseResponse(json: string): AnswerResponse {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === "string") return value;
    if (Array.isArray(value)) return value.map(String);
  } catch {
    // fall through: an unreadable stored response compares as empty
  }
  return "";
}
