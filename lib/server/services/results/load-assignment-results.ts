import "server-only";
import { buildHeatmap } from "@/lib/domain/results/heatmap";
import { itemStatistics } from "@/lib/domain/results/item-statistics";
import { responseText } from "@/lib/domain/results/response-text";
import { spacedStanding } from "@/lib/domain/results/spaced-progress";
import { studentResults, type StudentResult } from "@/lib/domain/results/student-results";
import { RESULTS_PAGE_SIZE, type AssignmentResultsView, type StudentResultView } from "@/lib/domain/results/views";
import { db } from "@/lib/server/db";
import { loadOwnedAssignment } from "@/lib/server/services/assignments/owned-assignment";
import { toQuestion } from "@/lib/server/services/question-bank";
import { loadResultRows } from "./assignment-result-rows";
import { loadSpacedRecall } from "./spaced-recall";
import { loadSpacedTargetQuestions } from "./spaced-target-questions";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toStudentView(r: StudentResult): StudentResultView {
  return {
    studentId: r.studentId, name: r.name, active: r.active, status: r.status, score: r.score,
    countedAttemptNumber: r.countedAttemptNumber, attempts: r.attempts, timeSpentMs: r.timeSpentMs,
    submittedAt: iso(r.submittedAt), dueAt: r.dueAt.toISOString(), late: r.late,
  };
}

/**
 * An assignment's results for the teacher of its class (anyone else: "assignment-not-found"): the status table and
 * heatmap for one page of students, and per-question statistics over every student's counting attempt.
 */
export async function loadAssignmentResults(teacherId: string, assignmentId: string, now: Date, page = 1): Promise<AssignmentResultsView> {
  const assignment = await loadOwnedAssignment(teacherId, assignmentId);
  const [questionRows, extra, exclusions, rows] = await Promise.all([
    db.assignmentQuestion.findMany({
      where: { assignmentId },
      orderBy: { position: "asc" },
      select: { questionId: true, question: { select: { payloadJson: true } } },
    }),
    db.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { kind: true, targetScope: true, targetRecall: true } }),
    db.classQuestionExclusion.findMany({ where: { classId: assignment.classId }, select: { questionId: true } }),
    loadResultRows(assignmentId, assignment.classId),
  ]);
  const questions = questionRows.map((row) => toQuestion(row.question));
  const questionIds = questions.map((q) => q.id);
  const results = studentResults(assignment.rules, questionIds.length, rows.students, rows.attempts, now);

  const countedIds = results.flatMap((r) => (r.countedAttemptId ? [r.countedAttemptId] : []));
  const answerRows = countedIds.length
    ? await db.quizAnswer.findMany({
        where: { attemptId: { in: countedIds } },
        select: { attemptId: true, questionId: true, correct: true, score: true, responseJson: true },
      })
    : [];
  const byAttempt = new Map<string, Map<string, { correct: boolean; score: number; response: string }>>();
  for (const a of answerRows) {
    const answers = byAttempt.get(a.attemptId) ?? new Map();
    byAttempt.set(a.attemptId, answers);
    answers.set(a.questionId, { correct: a.correct, score: a.score, response: responseText(JSON.parse(a.responseJson)) });
  }
  const answersOf = (r: StudentResult) => (r.countedAttemptId ? (byAttempt.get(r.countedAttemptId) ?? new Map()) : null);

  const statistics = itemStatistics(
    questionIds,
    results.filter((r) => r.countedAttemptId !== null).map((r) => ({ studentId: r.studentId, total: r.score ?? 0, answers: answersOf(r) ?? new Map() })),
  );
  const excluded = new Set(exclusions.map((e) => e.questionId));
  const pageCount = Math.max(1, Math.ceil(results.length / RESULTS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const pageRows = results.slice((current - 1) * RESULTS_PAGE_SIZE, current * RESULTS_PAGE_SIZE);

  return {
    assignmentId,
    classId: assignment.classId,
    className: assignment.classroom.name,
    title: assignment.title,
    kind: extra.kind === "spaced" ? "spaced" : "quiz",
    dueAt: assignment.dueAt.toISOString(),
    grading: assignment.rules.grading,
    questionCount: questionIds.length,
    students: pageRows.map(toStudentView),
    questions: questions.map((q, index) => {
      const stats = statistics[index]!;
      return {
        questionId: q.id, number: index + 1, kind: q.kind, prompt: q.prompt, answer: responseText(q.answer),
        quote: q.source.quote, documentTitle: q.source.documentTitle, students: stats.students, facility: stats.facility,
        discrimination: stats.discrimination, commonWrong: stats.commonWrong, flags: stats.flags, excluded: excluded.has(q.id),
      };
    }),
    heatmap: buildHeatmap(questionIds, pageRows.map((r) => ({ studentId: r.studentId, name: r.name, answers: answersOf(r) }))),
    page: current,
    pageCount,
    studentTotal: results.length,
    spaced: extra.kind === "spaced" ? await spacedSection(extra, pageRows, now) : null,
  };
}

async function spacedSection(
  extra: { targetScope: string | null; targetRecall: number | null },
  pageRows: readonly StudentResult[],
  now: Date,
): Promise<NonNullable<AssignmentResultsView["spaced"]>> {
  const target = extra.targetRecall ?? 0.85;
  const scope = await loadSpacedTargetQuestions(extra.targetScope);
  const recall = await loadSpacedRecall(pageRows.map((r) => r.studentId), scope.questionIds, target, now);
  return {
    target,
    targetLabel: scope.label,
    students: pageRows.map((r) => {
      const p = recall.get(r.studentId)!;
      return { studentId: r.studentId, name: r.name, recall: p.recall, strong: p.strong, total: p.total, toReview: p.toReview.length, standing: spacedStanding(p) };
    }),
  };
}
