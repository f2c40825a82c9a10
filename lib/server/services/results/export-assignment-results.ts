import "server-only";
import { answerRowsCsv, studentRowsCsv, type CsvAnswer } from "@/lib/domain/results/results-csv";
import { storedResponseText } from "@/lib/domain/results/response-text";
import { studentResults, type ResultsAttempt } from "@/lib/domain/results/student-results";
import { db } from "@/lib/server/db";
import { loadOwnedAssignment } from "@/lib/server/services/assignments/owned-assignment";
import { getQuestionsByIds } from "@/lib/server/services/question-bank";
import { loadAssignmentAnswers, type AnswerRow } from "./assignment-answers";
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
  const [questionRows, data, answers] = await Promise.all([
    db.assignmentQuestion.findMany({ where: { assignmentId }, orderBy: { position: "asc" }, select: { questionId: true } }),
    loadResultRows(assignmentId, assignment.classId),
    rows === "answers" ? loadAssignmentAnswers(assignmentId) : [],
  ]);
  const results = studentResults(assignment.rules, questionRows.length, data.students, data.attempts, now);
  const meta = { className: assignment.classroom.name, title: assignment.title };
  const filename = `${fileSlug(assignment.title)}-${rows}-${now.toISOString().slice(0, 10)}.csv`;
  if (rows === "students") return { filename, body: studentRowsCsv(meta, results) };

  const questionIds = questionRows.map((row) => row.questionId);
  const byId = new Map((await getQuestionsByIds(questionIds)).map((q) => [q.id, q]));
  const question = new Map(questionIds.map((id, index) => [id, { number: index + 1, kind: byId.get(id)?.kind ?? "", prompt: byId.get(id)?.prompt ?? "" }]));
  // Answers bucketed by attempt, attempts by student: the file then reads like the page (students in the status
  // table's order, then attempts, then questions) without sorting thousands of rows.
  const answersOf = new Map<string, AnswerRow[]>();
  for (const answer of answers) {
    const list = answersOf.get(answer.attemptId);
    if (list) list.push(answer);
    else answersOf.set(answer.attemptId, [answer]);
  }
  const attemptsOf = new Map<string, ResultsAttempt[]>();
  for (const attempt of data.attempts) attemptsOf.set(attempt.studentId, [...(attemptsOf.get(attempt.studentId) ?? []), attempt]);
  // A class gives the same few responses thousands of times: each stored form is parsed once.
  const responses = new Map<string, string>();
  const responseOf = (json: string) => {
    let text = responses.get(json);
    if (text === undefined) responses.set(json, (text = storedResponseText(json)));
    return text;
  };
  const csvRows: CsvAnswer[] = [];
  for (const who of results) {
    const attempts = (attemptsOf.get(who.studentId) ?? []).sort((a, b) => a.attemptNumber - b.attemptNumber);
    for (const attempt of attempts) {
      const given = (answersOf.get(attempt.id) ?? []).flatMap((a) => {
        const q = question.get(a.questionId);
        return q ? [{ a, q }] : [];
      });
      given.sort((x, y) => x.q.number - y.q.number);
      for (const { a, q } of given) {
        csvRows.push({
          studentName: who.name, email: who.email, attemptNumber: attempt.attemptNumber, counted: who.countedAttemptId === attempt.id,
          questionNumber: q.number, questionId: a.questionId, kind: q.kind, prompt: q.prompt,
          response: responseOf(a.responseJson), correct: a.correct, score: a.score, timeMs: a.timeMs, answeredAt: a.answeredAt,
        });
      }
    }
  }
  return { filename, body: answerRowsCsv(meta, csvRows) };
}
