import { AnswerValidationError } from "./answer-validation-error";
import { scoreChronology } from "./chronology-score";
import type { AnswerResponse, GradableQuestion, QuestionKind } from "./gradable-question";
import { parseLooseDate, sameLooseDate } from "./loose-date";
import { normalizeAnswer } from "./normalize-answer";

export interface GradeResult {
  correct: boolean;
  /** 0..1; fractional only for chronology. */
  score: number;
  expected: string | string[];
}

/** Kinds answered only by picking one of the offered choices. */
const PICK_ONE: ReadonlySet<QuestionKind> = new Set(["year-choice", "event-for-date", "who-what"]);

/** Parses "23000", "23 000", "-1.5" (after normalizeAnswer removed comma separators). */
function parseNumber(normalized: string): number | null {
  const compact = /^-?\d{1,3}( \d{3})+(\.\d+)?$/.test(normalized) ? normalized.replace(/ /g, "") : normalized;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : null;
}

function equivalent(kind: QuestionKind, response: string, answer: string): boolean {
  if (response === answer) return true;
  if (kind === "number-cloze") {
    const [a, b] = [parseNumber(response), parseNumber(answer)];
    return a !== null && a === b;
  }
  if (kind === "date-cloze") {
    const [a, b] = [parseLooseDate(response), parseLooseDate(answer)];
    return a !== null && b !== null && sameLooseDate(a, b);
  }
  return false;
}

function requireString(response: AnswerResponse): string {
  if (typeof response !== "string") throw new AnswerValidationError("wrong-shape", "Expected a single answer, not a list.");
  return response;
}

function gradeChronology(question: GradableQuestion, response: AnswerResponse): GradeResult {
  const expected = question.answer;
  if (typeof expected === "string") {
    throw new AnswerValidationError("invalid-question", `Chronology question ${question.id} has no event list.`);
  }
  if (typeof response === "string") throw new AnswerValidationError("wrong-shape", "Expected the events as a list.");
  const { score } = scoreChronology(expected, response);
  const correct = score === 1;
  return {
    correct,
    score,
    expected: [...expected],
  };
}

function gradeSingle(question: GradableQuestion, response: AnswerResponse): GradeResult {
  const expected = question.answer;
  if (typeof expected !== "string") {
    throw new AnswerValidationError("invalid-question", `Question ${question.id} has a list answer but is not chronology.`);
  }
  const given = normalizeAnswer(requireString(response));
  const answer = normalizeAnswer(expected);

  if (question.kind === "true-false") {
    if (given !== "true" && given !== "false") {
      throw new AnswerValidationError("unknown-choice", 'Answer "True" or "False".');
    }
  } else if (PICK_ONE.has(question.kind) && question.choices && question.choices.length > 0) {
    if (!question.choices.some((choice) => normalizeAnswer(choice) === given)) {
      throw new AnswerValidationError("unknown-choice", "The answer is not one of the choices.");
    }
  }
  // Cloze kinds accept either a choice or typed text, so no membership check.

  const correct = given !== "" && equivalent(question.kind, given, answer);
  return {
    correct,
    score: correct ? 1 : 0,
    expected,
  };
}

/**
 * Grades one response. Throws AnswerValidationError (→ HTTP 400) when the
 * response cannot be graded; a wrong but well-formed answer is a grade.
 */
export function gradeAnswer(question: GradableQuestion, response: AnswerResponse): GradeResult {
  return question.kind === "chronology" ? gradeChronology(question, response) : gradeSingle(question, response);
}
