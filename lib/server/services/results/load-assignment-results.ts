import "server-only";
import { buildHeatmap } from "@/lib/domain/results/heatmap";
import { extremeGroups, itemStatistics } from "@/lib/domain/results/item-statistics";
import { responseText } from "@/lib/domain/results/response-text";
import { spacedStanding } from "@/lib/domain/results/spaced-progress";
import { studentResults, type StudentResult } from "@/lib/domain/results/student-results";
import { RESULTS_PAGE_SIZE, type AssignmentResultsView, type StudentResultView } from "@/lib/domain/results/views";
import { db } from "@/lib/server/db";
import { loadOwnedAssignment } from "@/lib/server/services/assignments/owned-assignment";
import { getQuestionsByIds } from "@/lib/server/services/question-bank";
import { loadAnswerCells } from "./assignment-answers";
import { loadResultRows } from "./assignment-result-rows";
import { loadQuestionTallies } from "./question-tallies";
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
 * heatmap for one page of students, and per-question statistics over every student's counting attempt, counted
 * by the database rather than read answer by answer.
 */
export async function loadAssignmentResults(teacherId: string, assignmentId: string, now: Date, page = 1): Promise<AssignmentResultsView> {
  const assignment = await loadOwnedAssignment(teacherId, assignmentId);
  const [questionRows, exclusions, rows] = await Promise.all([
    db.assignmentQuestion.findMany({ where: { assignmentId }, orderBy: { position: "asc" }, select: { questionId: true } }),
    db.classQuestionExclusion.findMany({ where: { classId: assignment.classId }, select: { questionId: true } }),
    loadResultRows(assignmentId, assignment.classId),
  ]);
  const questionIds = questionRows.map((row) => row.questionId);
  const results = studentResults(assignment.rules, questionIds.length, rows.students, rows.attempts, now);
  const pageCount = Math.max(1, Math.ceil(results.length / RESULTS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const pageRows = results.slice((current - 1) * RESULTS_PAGE_SIZE, current * RESULTS_PAGE_SIZE);

  const groups = extremeGroups(
    results.flatMap((r) => (r.countedAttemptId ? [{ studentId: r.studentId, attemptId: r.countedAttemptId, total: r.score ?? 0 }] : [])),
  );
  const [questions, tallies, cellsOf] = await Promise.all([
    getQuestionsByIds(questionIds),
    loadQuestionTallies(groups),
    loadAnswerCells(pageRows.flatMap((r) => (r.countedAttemptId ? [r.countedAttemptId] : []))),
  ]);
  const statistics = itemStatistics(questionIds, groups, tallies);
  const excluded = new Set(exclusions.map((e) => e.questionId));
  const questionById = new Map(questions.map((q) => [q.id, q]));

  return {
    assignmentId,
    classId: assignment.classId,
    className: assignment.classroom.name,
    title: assignment.title,
    kind: assignment.kind === "spaced" ? "spaced" : "quiz",
    dueAt: assignment.dueAt.toISOString(),
    grading: assignment.rules.grading,
    questionCount: questionIds.length,
    students: pageRows.map(toStudentView),
    questions: questionIds.flatMap((questionId, index) => {
      const q = questionById.get(questionId);
      const stats = statistics[index];
      if (!q || !stats) return [];
      return [{
        questionId, number: index + 1, kind: q.kind, prompt: q.prompt, answer: responseText(q.answer),
        quote: q.source.quote, documentTitle: q.source.documentTitle, students: stats.students, facility: stats.facility,
        discrimination: stats.discrimination, commonWrong: stats.commonWrong, flags: stats.flags, excluded: excluded.has(q.id),
      }];
    }),
    heatmap: buildHeatmap(
      questionIds,
      pageRows.map((r) => ({ studentId: r.studentId, name: r.name, answers: r.countedAttemptId ? (cellsOf.get(r.countedAttemptId) ?? new Map()) : null })),
    ),
    page: current,
    pageCount,
    studentTotal: results.length,
    spaced: assignment.kind === "spaced" ? await spacedSection(assignment, pageRows, now) : null,
  };
}

async function spacedSection(
  extra: { targetScope: string | null; targetRecall: number | null; classId: string },
  pageRows: readonly StudentResult[],
  now: Date,
): Promise<NonNullable<AssignmentResultsView["spaced"]>> {
  const target = extra.targetRecall ?? 0.85;
  const scope = await loadSpacedTargetQuestions(extra.targetScope, extra.classId);
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
