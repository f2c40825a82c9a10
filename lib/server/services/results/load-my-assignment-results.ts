import "server-only";
import type { ReviewPolicy } from "@/lib/domain/assignments/rules";
import { responseText, storedResponseText } from "@/lib/domain/results/response-text";
import { spacedStanding } from "@/lib/domain/results/spaced-progress";
import type { MyAssignmentResultsView, MySpacedProgressView } from "@/lib/domain/results/views";
import { db } from "@/lib/server/db";
import { getStudentAssignment } from "@/lib/server/services/assignments/student-assignments";
import { getQuestionsByIds } from "@/lib/server/services/question-bank";
import { loadSpacedRecall } from "./spaced-recall";
import { loadSpacedTargetQuestions } from "./spaced-target-questions";

const REVIEW_LIST_LIMIT = 10;

const HIDDEN: Record<ReviewPolicy, string> = {
  "after-each": "",
  "after-submit": "Correct answers appear once you submit.",
  "after-due": "Correct answers appear after everyone’s due date has passed.",
  never: "Your teacher keeps the correct answers for this assignment private.",
};

/** A student's own results for one assignment (in their class, published), under the assignment's review rule. */
export async function loadMyAssignmentResults(studentId: string, assignmentId: string, now: Date): Promise<MyAssignmentResultsView> {
  const [{ view, progress }, extra] = await Promise.all([
    getStudentAssignment(studentId, assignmentId, now),
    db.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { kind: true, targetScope: true, targetRecall: true, classId: true } }),
  ]);
  const counted = progress.counting;
  const [questionRows, answers] = await Promise.all([
    db.assignmentQuestion.findMany({ where: { assignmentId }, orderBy: { position: "asc" }, select: { questionId: true } }),
    counted
      ? db.quizAnswer.findMany({ where: { attemptId: counted.id }, select: { questionId: true, correct: true, responseJson: true } })
      : Promise.resolve([]),
  ]);
  const questions = await getQuestionsByIds(questionRows.map((r) => r.questionId));
  const answerOf = new Map(answers.map((a) => [a.questionId, a]));
  const visible = view.answersVisible && counted !== null;
  return {
    assignmentId,
    title: view.title,
    className: view.className,
    kind: extra.kind === "spaced" ? "spaced" : "quiz",
    dueAt: view.dueAt,
    status: view.status,
    score: view.score,
    countedAttemptNumber: counted?.attemptNumber ?? null,
    answersVisible: visible,
    hiddenReason: visible ? null : counted ? HIDDEN[view.reviewPolicy] || null : "Submit an attempt to see your results.",
    questions: counted
      ? questions.map((q, index) => {
          const answer = answerOf.get(q.id);
          return {
            number: index + 1,
            prompt: q.prompt,
            response: answer ? storedResponseText(answer.responseJson) : null,
            correct: visible ? (answer?.correct ?? false) : null,
            answer: visible ? responseText(q.answer) : null,
            quote: visible ? q.source.quote : null,
          };
        })
      : [],
    missedCount: counted ? questions.filter((q) => answerOf.get(q.id)?.correct !== true).length : 0,
    spaced: extra.kind === "spaced" ? await mySpacedProgress(studentId, extra, now) : null,
  };
}

async function mySpacedProgress(
  studentId: string,
  extra: { targetScope: string | null; targetRecall: number | null; classId: string },
  now: Date,
): Promise<MySpacedProgressView> {
  const target = extra.targetRecall ?? 0.85;
  const scope = await loadSpacedTargetQuestions(extra.targetScope, extra.classId);
  const progress = (await loadSpacedRecall([studentId], scope.questionIds, target, now)).get(studentId)!;
  const weakest = await getQuestionsByIds(progress.toReview.slice(0, REVIEW_LIST_LIMIT));
  return {
    targetLabel: scope.label,
    target,
    recall: progress.recall,
    strong: progress.strong,
    total: progress.total,
    standing: spacedStanding(progress),
    toReview: weakest.map((q) => ({ questionId: q.id, prompt: q.prompt })),
    toReviewCount: progress.toReview.length,
    studyHref: scope.lessonId ? `/study?lesson=${encodeURIComponent(scope.lessonId)}` : "/study",
  };
}
