import "server-only";
import { dayKey, studyDaysThisWeek, type DayZone } from "@/lib/domain/progress";
import { formatInstant } from "@/lib/domain/assignments/local-date-time";
import type { AssignedWorkView, LearnerTodayView } from "@/lib/domain/home/views";
import { db } from "@/lib/server/db";
import { listStudentAssignments } from "@/lib/server/services/assignments/student-assignments";
import { getStudySession } from "@/lib/server/services/flashcards/study-session";
import { STUDY_DAYS_GOAL } from "@/lib/server/services/progress/load-dashboard";
import { loadStudyStreak } from "@/lib/server/services/progress/load-study-streak";
import { findUnfinishedAttempt } from "@/lib/server/services/quiz/get-attempt";
import { describeQuizScope } from "@/lib/server/services/quiz/quiz-scopes";
import { documentsVisibleTo } from "@/lib/server/services/library/document-visibility";

const WEEK_MS = 8 * 24 * 60 * 60 * 1000;
/** The home lists the nearest few; the rest are a click away. */
const ASSIGNMENTS_ON_HOME = 5;

/** The top of /assignments: the same states, in the same order (what to do first), due times in the learner's zone. */
async function assignedWork(userId: string, now: Date, zone: DayZone, locale: string): Promise<AssignedWorkView> {
  const all = await listStudentAssignments(userId, now);
  const assignments = all.slice(0, ASSIGNMENTS_ON_HOME);
  const timeZone = "timeZone" in zone ? zone.timeZone : "UTC";
  const dueText = Object.fromEntries(assignments.map((a) => [a.id, formatInstant(new Date(a.dueAt), timeZone, locale)]));
  return { assignments, dueText, total: all.length };
}

/** The first lesson in curriculum order with questions that have no card yet. */
async function nextLesson(userId: string): Promise<LearnerTodayView["nextLesson"]> {
  const [documents, questions, cards] = await Promise.all([
    db.contentDocument.findMany({ where: documentsVisibleTo(userId), orderBy: [{ position: "asc" }, { title: "asc" }], select: { id: true, title: true } }),
    db.question.findMany({ where: { retiredAt: null, hiddenAt: null, document: documentsVisibleTo(userId) }, select: { id: true, documentId: true } }),
    db.card.findMany({ where: { userId }, select: { questionId: true } }),
  ]);
  const seen = new Set(cards.map((card) => card.questionId));
  for (const document of documents) {
    const unseen = questions.filter((q) => q.documentId === document.id && !seen.has(q.id)).length;
    if (unseen > 0) return { slug: document.id, title: document.title, unseen };
  }
  return null;
}

/** The signed-in home: what is due, what to resume, what to read next, and this week's study days. */
/** `locale` is the interface language the due times are written in. */
export async function loadLearnerToday(userId: string, now: Date, zone: DayZone, locale: string): Promise<LearnerTodayView> {
  const since = new Date(now.getTime() - WEEK_MS);
  const [session, unfinished, lesson, reviews, answers, anyReview, anyAnswer, assigned, streak] = await Promise.all([
    getStudySession(userId, {}, now, { zone, peek: true }),
    findUnfinishedAttempt(userId),
    nextLesson(userId),
    db.reviewLog.findMany({ where: { userId, reviewedAt: { gte: since } }, select: { reviewedAt: true } }),
    db.quizAnswer.findMany({ where: { attempt: { userId }, answeredAt: { gte: since } }, select: { answeredAt: true } }),
    db.reviewLog.findFirst({ where: { userId }, select: { id: true } }),
    db.quizAnswer.findFirst({ where: { attempt: { userId } }, select: { id: true } }),
    assignedWork(userId, now, zone, locale),
    loadStudyStreak(userId, now, zone),
  ]);
  const studyWeek = studyDaysThisWeek(
    [...reviews.map((row) => row.reviewedAt), ...answers.map((row) => row.answeredAt)],
    now,
    { zone, goal: STUDY_DAYS_GOAL },
  );
  return {
    firstVisit: anyReview === null && anyAnswer === null,
    cards: { due: session.counts.due, newLeft: session.counts.newLeft, nextDueInMs: session.nextDueInMs },
    unfinishedQuiz: unfinished
      ? { id: unfinished.id, scopeName: await describeQuizScope(unfinished.scope), answered: unfinished.answeredCount, total: unfinished.total }
      : null,
    nextLesson: lesson,
    studyWeek,
    streak,
    today: dayKey(now, zone),
    assigned,
  };
}
