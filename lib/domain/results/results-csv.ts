import { csvField } from "@/lib/domain/export/cards-csv";
import type { StudentResult } from "./student-results";

// Spreadsheet-safe CSV: UTF-8 with a byte-order mark (Excel then reads Japanese and accented names right),
// CRLF rows, ISO 8601 UTC dates, and no cell a spreadsheet would run as a formula.
// The column headers stay English and unchanged whatever the interface language: spreadsheets and scripts
// find columns by these names (README documents them), so renaming or translating one breaks their readers.

export const BOM = "\uFEFF";

/** A cell starting with = + - @ (or a tab or CR, which some apps skip first) is prefixed with ' so it stays text. */
export function spreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

type Cell = string | number | boolean | Date | null;

function cellText(value: Cell): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(Math.round(value * 10_000) / 10_000);
  return spreadsheetText(value);
}

export function csvDocument(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map((cell) => csvField(cellText(cell))).join(",") + "\r\n").join("");
}

export interface CsvAssignment {
  className: string;
  title: string;
}

export const STUDENT_ROW_HEADER = [
  "class", "assignment", "student", "email", "status", "score", "counted attempt", "attempts",
  "time spent (s)", "submitted at", "due at", "late", "in class",
] as const;

/** One row per student for the assignment. */
export function studentRowsCsv(assignment: CsvAssignment, results: readonly StudentResult[]): string {
  return csvDocument(
    STUDENT_ROW_HEADER,
    results.map((r) => [
      assignment.className, assignment.title, r.name, r.email, r.status, r.score, r.countedAttemptNumber, r.attempts,
      Math.round(r.timeSpentMs / 1000), r.submittedAt, r.dueAt, r.late, r.active,
    ]),
  );
}

export interface CsvAnswer {
  studentName: string;
  email: string;
  attemptNumber: number;
  counted: boolean;
  /** 1-based, in the assignment's order. */
  questionNumber: number;
  questionId: string;
  kind: string;
  prompt: string;
  response: string;
  correct: boolean;
  score: number;
  timeMs: number;
  /** A Date, or already an ISO 8601 UTC text (as read in bulk from the database). */
  answeredAt: Date | string;
}

export const ANSWER_ROW_HEADER = [
  "class", "assignment", "student", "email", "attempt", "counted", "question", "question id", "kind",
  "prompt", "response", "correct", "score", "time (s)", "answered at",
] as const;

/** The answers file's first bytes: the byte-order mark and the header row. */
export const ANSWER_ROWS_HEAD = BOM + ANSWER_ROW_HEADER.map((cell) => csvField(cell)).join(",") + "\r\n";

/**
 * Writes answer rows one at a time (a long file is sent in parts). A class's file repeats each name, email, prompt
 * and common answer hundreds of times: each text is made spreadsheet-safe and quoted once per writer.
 */
export function answerRowWriter(assignment: CsvAssignment): (answer: CsvAnswer) => string {
  const memo = new Map<string, string>();
  const text = (value: string) => {
    let field = memo.get(value);
    if (field === undefined) memo.set(value, (field = csvField(cellText(value))));
    return field;
  };
  const lead = `${text(assignment.className)},${text(assignment.title)},`;
  return (a) =>
    `${lead}${text(a.studentName)},${text(a.email)},${cellText(a.attemptNumber)},${cellText(a.counted)},${cellText(a.questionNumber)},` +
    `${text(a.questionId)},${text(a.kind)},${text(a.prompt)},${text(a.response)},${cellText(a.correct)},${cellText(a.score)},` +
    `${cellText(a.timeMs / 1000)},${a.answeredAt instanceof Date ? a.answeredAt.toISOString() : a.answeredAt}\r\n`;
}

/** One row per answer given, every attempt included; `counted` marks the attempt that scores. */
export function answerRowsCsv(assignment: CsvAssignment, answers: readonly CsvAnswer[]): string {
  return ANSWER_ROWS_HEAD + answers.map(answerRowWriter(assignment)).join("");
}
