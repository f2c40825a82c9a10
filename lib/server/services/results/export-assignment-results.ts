import "server-only";
import { ANSWER_ROWS_HEAD, answerRowWriter, studentRowsCsv } from "@/lib/domain/results/results-csv";
import { storedResponseText } from "@/lib/domain/results/response-text";
import { studentResults, type ResultsAttempt } from "@/lib/domain/results/student-results";
import { db } from "@/lib/server/db";
import { loadOwnedAssignment } from "@/lib/server/services/assignments/owned-assignment";
import { getQuestionsByIds } from "@/lib/server/services/question-bank";
import { loadAttemptAnswers } from "./assignment-answers";
import { loadResultRows } from "./assignment-result-rows";

export const RESULT_CSV_ROWS = ["students", "answers"] as const;
export type ResultCsvRows = (typeof RESULT_CSV_ROWS)[number];

/** How many students' answers the answers file reads and writes at a time: memory stays bounded for a big class. */
export const CSV_STUDENTS_PER_PART = 25;

export interface CsvFile {
  filename: string;
  body: string;
}

/** A CSV file written in parts of UTF-8, each a run of whole rows (the first starts with the byte-order mark and header). */
export interface CsvStream {
  filename: string;
  parts: AsyncIterable<Uint8Array>;
}

async function* whole(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text, "utf8");
}

function fileSlug(text: string): string {
  return text.normalize("NFKD").replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase().slice(0, 60) || "assignment";
}

/**
 * The assignment's results as CSV, for the teacher of its class only (checked before the first part): one row per
 * student, or one per answer, read `studentsPerPart` students at a time in the status table's order.
 */
export async function streamAssignmentResults(
  teacherId: string,
  assignmentId: string,
  rows: ResultCsvRows,
  now: Date,
  studentsPerPart = CSV_STUDENTS_PER_PART,
): Promise<CsvStream> {
  const assignment = await loadOwnedAssignment(teacherId, assignmentId);
  const [questionRows, data] = await Promise.all([
    db.assignmentQuestion.findMany({ where: { assignmentId }, orderBy: { position: "asc" }, select: { questionId: true, position: true } }),
    loadResultRows(assignmentId, assignment.classId),
  ]);
  // Status, score and counting attempt are worked out once per student, before any answer row is read.
  const results = studentResults(assignment.rules, questionRows.length, data.students, data.attempts, now);
  const meta = { className: assignment.classroom.name, title: assignment.title };
  const filename = `${fileSlug(assignment.title)}-${rows}-${now.toISOString().slice(0, 10)}.csv`;
  if (rows === "students") return { filename, parts: whole(studentRowsCsv(meta, results)) };

  const byId = new Map((await getQuestionsByIds(questionRows.map((row) => row.questionId))).map((q) => [q.id, q]));
  const questionAt = new Map(
    questionRows.map((row, index) => [row.position, { number: index + 1, id: row.questionId, kind: byId.get(row.questionId)?.kind ?? "", prompt: byId.get(row.questionId)?.prompt ?? "" }]),
  );
  const attemptsOf = new Map<string, ResultsAttempt[]>();
  for (const attempt of data.attempts) {
    const list = attemptsOf.get(attempt.studentId);
    if (list) list.push(attempt);
    else attemptsOf.set(attempt.studentId, [attempt]);
  }
  for (const list of attemptsOf.values()) list.sort((a, b) => a.attemptNumber - b.attemptNumber);
  // A class gives the same few responses thousands of times: each stored form is parsed once.
  const responses = new Map<string, string>();
  const responseOf = (json: string) => {
    let text = responses.get(json);
    if (text === undefined) responses.set(json, (text = storedResponseText(json)));
    return text;
  };
  const writeRow = answerRowWriter(meta);

  // Each row goes to bytes on its own: joining thousands of freshly built row strings into one costs V8 more than
  // encoding them one by one and copying the bytes once.
  async function* parts(): AsyncGenerator<Uint8Array> {
    yield Buffer.from(ANSWER_ROWS_HEAD, "utf8");
    for (let start = 0; start < results.length; start += studentsPerPart) {
      const students = results.slice(start, start + studentsPerPart);
      const answersOf = await loadAttemptAnswers(assignmentId, students.flatMap((who) => (attemptsOf.get(who.studentId) ?? []).map((a) => a.id)));
      const lines: Buffer[] = [];
      for (const who of students) {
        for (const attempt of attemptsOf.get(who.studentId) ?? []) {
          const counted = who.countedAttemptId === attempt.id;
          for (const a of answersOf.get(attempt.id) ?? []) {
            const q = questionAt.get(a.position);
            if (!q) continue;
            lines.push(Buffer.from(writeRow({
              studentName: who.name, email: who.email, attemptNumber: attempt.attemptNumber, counted,
              questionNumber: q.number, questionId: q.id, kind: q.kind, prompt: q.prompt,
              response: responseOf(a.responseJson), correct: a.correct, score: a.score, timeMs: a.timeMs, answeredAt: a.answeredAt,
            }), "utf8"));
          }
        }
      }
      if (lines.length > 0) yield Buffer.concat(lines);
    }
  }
  return { filename, parts: parts() };
}

/** The whole file as one text (tests, scripts): the same bytes the download streams, decoded with the byte-order mark kept. */
export async function exportAssignmentResults(teacherId: string, assignmentId: string, rows: ResultCsvRows, now: Date, studentsPerPart?: number): Promise<CsvFile> {
  const file = await streamAssignmentResults(teacherId, assignmentId, rows, now, studentsPerPart);
  const parts: Uint8Array[] = [];
  for await (const part of file.parts) parts.push(part);
  return { filename: file.filename, body: Buffer.concat(parts).toString("utf8") };
}
