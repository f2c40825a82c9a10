import "server-only";
import { quizScopeName } from "@/lib/domain/quiz";
import {
  accuracyTrend,
  dayKey,
  dueForecast,
  masteryByLesson,
  reviewsPerDay,
  studyDaysThisWeek,
  type DayZone,
} from "@/lib/domain/progress";
import type { DashboardView } from "@/lib/domain/progress/views";
import { summarizeAttempt } from "@/lib/domain/scoring";
import { db } from "@/lib/server/db";
import { loadUserCards, loadUserQuizAnswers } from "./card-retrievability";
import { documentsVisibleTo } from "@/lib/server/services/library/document-visibility";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Reviews per day spans 30 days and the accuracy trend 5 weeks (up to 35 days); a margin covers any zone. */
const HISTORY_DAYS = 37;
const RECENT_QUIZ_COUNT = 5;
/** Days a week the learner aims to study: a forgiving goal, not a streak. */
export const STUDY_DAYS_GOAL = 4;


/** Everything the progress page shows for one learner; only this user's rows are read. */
export async function loadDashboard(userId: string, now: Date, zone: DayZone): Promise<DashboardView> {
  const since = new Date(now.getTime() - HISTORY_DAYS * DAY_MS);
  const [cards, quizAnswers, reviewLogs, anyReview, questions, documents, attempts] = await Promise.all([
    loadUserCards(userId, now),
    loadUserQuizAnswers(userId),
    db.reviewLog.findMany({
      where: { userId, reviewedAt: { gte: since, lte: now } },
      select: { reviewedAt: true, rating: true },
    }),
    db.reviewLog.findFirst({ where: { userId }, select: { id: true } }),
    // Only each question's lesson is needed: no payload to parse.
    db.question.findMany({ where: { retiredAt: null, hiddenAt: null, document: documentsVisibleTo(userId) }, select: { id: true, documentId: true } }),
    db.contentDocument.findMany({ where: documentsVisibleTo(userId), select: { id: true, title: true, position: true }, orderBy: [{ position: "asc" }, { title: "asc" }] }),
    db.quizAttempt.findMany({
      where: { userId, finishedAt: { not: null } },
      orderBy: { finishedAt: "desc" },
      take: RECENT_QUIZ_COUNT,
      select: {
        id: true,
        scope: true,
        questions: { select: { questionId: true } },
        startedAt: true,
        finishedAt: true,
        answers: { select: { questionId: true, correct: true, score: true, answeredAt: true } },
      },
    }),
  ]);

  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const position = new Map(documents.map((d) => [d.id, d.position]));
  const recallByQuestion = new Map(cards.map((c) => [c.questionId, c.retrievability]));

  const forecast = dueForecast(cards, now, { days: 7, zone });
  const perDay = reviewsPerDay(reviewLogs, now, { days: 30, zone });
  const accuracy = accuracyTrend(
    [
      ...reviewLogs.map((log) => ({ at: log.reviewedAt, correct: log.rating !== "again" })),
      ...quizAnswers.filter((a) => a.answeredAt >= since).map((a) => ({ at: a.answeredAt, correct: a.correct })),
    ],
    now,
    { weeks: 5, zone },
  );
  const lessons = masteryByLesson(
    questions.map((q) => ({
      questionId: q.id,
      lessonId: q.documentId,
      retrievability: recallByQuestion.get(q.id) ?? null,
    })),
    quizAnswers,
  )
    .map((lesson) => ({ ...lesson, title: titles.get(lesson.lessonId) ?? lesson.lessonId }))
    .sort((a, b) => (position.get(a.lessonId) ?? 0) - (position.get(b.lessonId) ?? 0));
  const studyWeek = studyDaysThisWeek(
    [...reviewLogs.map((log) => log.reviewedAt), ...quizAnswers.map((a) => a.answeredAt)],
    now,
    { zone, goal: STUDY_DAYS_GOAL },
  );
  const recentQuizzes = attempts.map((attempt) => {
    const finishedAt = attempt.finishedAt ?? now;
    const summary = summarizeAttempt(
      attempt.answers,
      attempt.questions.map((q) => ({ id: q.questionId })),
      { startedAt: attempt.startedAt, finishedAt },
    );
    return {
      attemptId: attempt.id,
      scope: attempt.scope,
      scopeName: quizScopeName(attempt.scope, (documentId) => titles.get(documentId)),
      finishedAt,
      correctCount: summary.correctCount,
      total: summary.total,
      score: summary.score,
    };
  });

  return {
    isEmpty: anyReview === null && quizAnswers.length === 0 && attempts.length === 0,
    today: dayKey(now, zone),
    cardCount: cards.length,
    dueToday: forecast[0]?.count ?? 0,
    dueForecast: forecast,
    reviewsPerDay: perDay,
    reviewsLast30Days: perDay.reduce((sum, day) => sum + day.count, 0),
    accuracy,
    masteryByLesson: lessons,
    studyWeek,
    recentQuizzes,
  };
}
