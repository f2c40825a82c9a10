import "server-only";
import type { StudySessionView, StudySettings } from "@/lib/domain/flashcards/views";
import type { Question } from "@/lib/domain/generation/question-types";
import { siblingKeys } from "@/lib/domain/generation/sibling-keys";
import { UTC_ZONE, type DayZone } from "@/lib/domain/progress";
import { selectStudyQueue, type CardState } from "@/lib/domain/scheduling";
import { db } from "@/lib/server/db";
import { loadStudyStreak } from "@/lib/server/services/progress/load-study-streak";
import { cardStateOf, ensureCards, CARD_STATE_SELECT } from "@/lib/server/services/cards";
import { cardView } from "@/lib/server/services/flashcards/card-view";
import { todaysReviews } from "@/lib/server/services/flashcards/review-history";
import { getStudySettings } from "@/lib/server/services/flashcards/study-settings";
import { documentsVisibleTo } from "@/lib/server/services/library/document-visibility";
import { getQuestionsByIds, listActiveQuestions } from "@/lib/server/services/question-bank";

export interface StudyScope {
  /** One lesson (document id), or all lessons when absent. */
  documentId?: string | null;
}

export interface StudySessionOptions {
  /** Whose calendar "today" follows for the daily new-card limit. Default UTC. */
  zone?: DayZone;
  /** Show this card (the user's, in scope) instead of the head of the queue: after an undo, the card undone. */
  showCardId?: string;
  /** The learner's settings when the caller already read them (a rating reads them once for both steps). */
  settings?: StudySettings;
  /** Only the counts (the home page): no card is shown, so no new card's row is created. */
  peek?: boolean;
}

const CARD_SELECT = { id: true, version: true, questionId: true, ...CARD_STATE_SELECT } as const;

type CardRow = { id: string; version: number; questionId: string } & Parameters<typeof cardStateOf>[0];

/** New cards follow the curriculum: lessons in their order, then the question bank's stable order. */
async function questionsInCurriculumOrder(userId: string, documentId: string | undefined): Promise<Question[]> {
  const [questions, documents] = await Promise.all([
    listActiveQuestions(documentsVisibleTo(userId), documentId ? { documentId } : {}),
    db.contentDocument.findMany({ where: documentsVisibleTo(userId), select: { id: true, position: true } }),
  ]);
  const position = new Map(documents.map((doc) => [doc.id, doc.position]));
  const rank = (q: Question) => position.get(q.source.documentId) ?? Number.MAX_SAFE_INTEGER;
  return questions
    .map((question, index) => ({ question, index }))
    .sort((a, b) => rank(a.question) - rank(b.question) || a.index - b.index)
    .map(({ question }) => question);
}

/** The questions with these ids: from the ones at hand, reading the bank only for the rest. */
async function questionsByIds(ids: string[], known: Map<string, Question>): Promise<Question[]> {
  const missing = ids.filter((id) => !known.has(id));
  return [...ids.flatMap((id) => known.get(id) ?? []), ...(await getQuestionsByIds(missing))];
}

/** The card row for a question, created (as a new card) the first time it is shown. */
async function cardRowFor(userId: string, questionId: string, now: Date): Promise<CardRow> {
  await ensureCards(userId, [questionId], now);
  return db.card.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId } }, select: CARD_SELECT });
}

/**
 * The study session as of `now`: due cards first, then new cards up to what is left of the daily limit,
 * across all lessons or one. Returns the card to show (its row is created lazily when a new card is first
 * shown), the counts, when the next card falls due, and the review `u` would undo.
 */
export async function getStudySession(
  userId: string,
  scope: StudyScope,
  now: Date,
  options: StudySessionOptions = {},
): Promise<StudySessionView> {
  const documentId = scope.documentId ?? undefined;
  const zone = options.zone ?? UTC_ZONE;
  const [settings, questions, rows, { newIntroducedToday, undoableReviewId, reviewedQuestionIds, reviewsToday }] = await Promise.all([
    options.settings ?? getStudySettings(userId),
    questionsInCurriculumOrder(userId, documentId),
    db.card.findMany({
      // A hidden question's card, or one of a document no longer shared with the learner, keeps its history but is not shown.
      where: { userId, question: { retiredAt: null, hiddenAt: null, document: documentsVisibleTo(userId), ...(documentId ? { documentId } : {}) } },
      select: CARD_SELECT,
    }),
    todaysReviews(userId, now, { zone, documentId }),
  ]);

  const rowByQuestion = new Map(rows.map((row) => [row.questionId, row]));
  // Among new cards, those that already have a row (shown before, or added from a quiz) come first, so a
  // reload shows the same card and cards the learner asked for are not buried behind the curriculum.
  const ordered = [
    ...questions.filter((question) => rowByQuestion.has(question.id)),
    ...questions.filter((question) => !rowByQuestion.has(question.id)),
  ];
  const candidates = ordered.map((question) => {
    const row = rowByQuestion.get(question.id);
    const state = row ? cardStateOf(row) : null;
    return { questionId: question.id, lessonId: question.source.documentId, state, siblingKeys: siblingKeys(question) };
  });
  const questionById = new Map(questions.map((question) => [question.id, question]));
  // Cards reviewed today in other lessons bury their siblings here too; their keys come from the whole bank.
  const reviewedQuestions = await questionsByIds(reviewedQuestionIds, questionById);
  const reviewedTodayKeys = new Set(reviewedQuestions.flatMap((question) => siblingKeys(question)));
  const queue = selectStudyQueue({ cards: candidates, now, newPerDay: settings.newCardsPerDay, newIntroducedToday, reviewedTodayKeys });

  const pinned = options.showCardId ? rows.find((row) => row.id === options.showCardId) : undefined;
  const currentQuestionId = pinned?.questionId ?? queue.items[0]?.questionId;
  const currentQuestion = currentQuestionId ? questionById.get(currentQuestionId) : undefined;

  let card: StudySessionView["card"] = null;
  if (currentQuestion && !options.peek) {
    const row = rowByQuestion.get(currentQuestion.id) ?? (await cardRowFor(userId, currentQuestion.id, now));
    const state: CardState = cardStateOf(row);
    card = cardView(currentQuestion, { id: row.id, version: row.version, state }, settings.desiredRetention, now);
  }

  const hasUnseen = candidates.some((candidate) => candidate.state === null || candidate.state.state === "new");
  return {
    documentId: documentId ?? null,
    card,
    counts: {
      due: queue.dueCount,
      newLeft: queue.newCount,
      newIntroducedToday,
      newCardsPerDay: settings.newCardsPerDay,
      reviewsToday,
      buried: queue.buriedCount,
    },
    nextDueAt: queue.nextDueAt ? queue.nextDueAt.toISOString() : null,
    nextDueInMs: queue.nextDueAt ? queue.nextDueAt.getTime() - now.getTime() : null,
    newLimitReached: hasUnseen && queue.newCount === 0 && newIntroducedToday >= settings.newCardsPerDay,
    undoableReviewId,
    // Only the end of a session shows the streak: no extra read while cards remain.
    streak: card === null && !options.peek ? await loadStudyStreak(userId, now, zone) : null,
  };
}
