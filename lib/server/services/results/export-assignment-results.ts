import "server-only";
import { answerRowsCsv, studentRowsCsv, type CsvAnswer } from "@/lib/domain/results/results-csv";
import { responseText } from "@/lib/domain/results/response-text";
import { studentResults } from "@/lib/domain/results/student-results";
import { db } from "@/lib/server/db";
import { loadOwnedAssignment } from "@/lib/server/services/assignments/owned-assignment";
import { toQuestion } from "@/lib/server/services/question-bank";
import { loadResultRows } from "./assignment-result-rows";

export const RESULT_CSV_ROWS = ["students", "answers"] as const;
export type ResultCsvRows = (typeof RESULT_CSV_ROWS)[number];

export interface CsvFile {
  filename: string;
  body: string;
}

function fileSlug(text: string): string {
  return text.normalize("NFKD").replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase().slice(0, 60) || "assignment";
}

/** The assignment's results as CSV, for the teacher of its class only: one row per student, or one per answer. */
export async function exportAssignmentResults(teacherId: string, assignmentId: string, rows: ResultCsvRows, now: Date): Promise<CsvFile> {
  const assignment = await loadOwnedAssignment(teacherId, assignmentId);
  const [questionRows, data] = await Promise.all([
    db.assignmentQuestion.findMany({
      where: { assignmentId },
      orderBy: { position: "asc" },
      select: { questionId: true, question: rows === "answers" ? { select: { payloadJson: true } } : undefined },
    }),
    loadResultRows(assignmentId, assignment.classId),
  ]);
  const results = studentResults(assignment.rules, questionRows.length, data.students, data.attempts, now);
  const meta = { className: assignment.classroom.name, title: assignment.title };
  const filename = `${fileSlug(assignment.title)}-${rows}-${now.toISOString().slice(0, 10)}.csv`;
  if (rows === "students") return { filename, body: studentRowsCsv(meta, results) };

  const answers = await db.quizAnswer.findMany({
    where: { attempt: { assignmentId } },
    select: { attemptId: true, questionId: true, responseJson: true, correct: true, score: true, timeMs: true, answeredAt: true },
  });
  const question = new Map(
    questionRows.map((row, index) => [row.questionId, { number: index + 1, ...(row.question ? toQuestion(row.question) : null) }]),
  );
  const attempt = new Map(data.attempts.map((a) => [a.id, a]));
  const student = new Map(results.map((r, index) => [r.studentId, { ...r, index }]));
  const keyed = answers.flatMap((a) => {
    const att = attempt.get(a.attemptId);
    const who = att ? student.get(att.studentId) : undefined;
    const q = question.get(a.questionId);
    if (!att || !who || !q) return [];
    const row: CsvAnswer = {
      studentName: who.name, email: who.email, attemptNumber: att.attemptNumber, counted: who.countedAttemptId === att.id,
      questionNumber: q.number, questionId: a.questionId, kind: q.kind ?? "", prompt: q.prompt ?? "",
      response: responseText(JSON.parse(a.responseJson)), correct: a.correct, score: a.score, timeMs: a.timeMs, answeredAt: a.answeredAt,
    };
    return [{ studentIndex: who.index, row }];
  });
  // Students in the status table's order, then attempts, then questions: the file reads like the page.
  keyed.sort((a, b) => a.studentIndex - b.studentIndex || a.row.attemptNumber - b.row.attemptNumber || a.row.questionNumber - b.row.questionNumber);
  return { filename, body: answerRowsCsv(meta, keyed.map((k) => k.row)) };
}
