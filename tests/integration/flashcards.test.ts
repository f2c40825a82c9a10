import { migrateTempDatabase, removeTempDatabase } from "../support/temp-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Question } from "@/lib/domain/generation/question-types";
import { formatInterval } from "@/lib/domain/scheduling";
import { db } from "@/lib/server/db";
import { cardStateOf } from "@/lib/server/services/cards";
import { FlashcardNotFoundError, InvalidStudySettingsError, StaleCardError } from "@/lib/domain/flashcards/flashcard-errors";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/domain/flashcards/study-settings";
import { rateCard } from "@/lib/server/services/flashcards/rate-card";
import { getStudySession } from "@/lib/server/services/flashcards/study-session";
import { getStudySettings, updateStudySettings, workloadRatios } from "@/lib/server/services/flashcards/study-settings";
import { undoReview } from "@/lib/server/services/flashcards/undo-review";
import { insertTestQuestions, unrelatedSampleQuestions } from "../support/insert-test-content";

const T0 = new Date("2025-03-10T09:00:00Z");
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const at = (ms: number) => new Date(T0.getTime() + ms);

// A question in a second lesson, so one-lesson sessions have something to leave out.
function otherLessonQuestion(): Question {
  const [base] = unrelatedSampleQuestions();
  return {
    ...base!,
    id: "q-other-1",
    source: { ...base!.source, documentId: "other-doc", documentTitle: "Other document", sentenceId: "other-doc.s1" },
    factIds: ["fact-other-1"],
  };
}

let counter = 0;
async function newUser(): Promise<string> {
  counter += 1;
  const user = await db.user.create({ data: { name: `Learner ${counter}`, email: `learner-${counter}@example.com` } });
  return user.id;
}

async function cardRow(cardId: string) {
  return db.card.findUniqueOrThrow({ where: { id: cardId } });
}

/** Shows the session's card and rates it; returns the card that was rated. */
async function rateNext(userId: string, rating: "again" | "hard" | "good" | "easy", now: Date) {
  const session = await getStudySession(userId, {}, now);
  if (!session.card) throw new Error("expected a card");
  const outcome = await rateCard(userId, { cardId: session.card.cardId, expectedVersion: session.card.version, rating }, now);
  return { card: session.card, outcome };
}

beforeAll(async () => {
  await migrateTempDatabase();
  await insertTestQuestions(db, [...unrelatedSampleQuestions(), otherLessonQuestion()]);
});

afterAll(async () => {
  await db.$disconnect();
  removeTempDatabase();
});

describe("study queue", () => {
  it("shows due cards before new ones and stops new cards at the daily limit", async () => {
    const userId = await newUser();
    await updateStudySettings(userId, { ...DEFAULT_STUDY_SETTINGS, newCardsPerDay: 2 });

    const first = await getStudySession(userId, {}, T0);
    expect(first.counts).toEqual({ due: 0, newLeft: 2, newIntroducedToday: 0, newCardsPerDay: 2, reviewsToday: 0, buried: 0 });
    expect(first.card?.phase).toBe("new");
    // Showing a card creates its row but does not use up the allowance.
    expect(await db.card.count({ where: { userId } })).toBe(1);
    expect((await getStudySession(userId, {}, T0)).card?.cardId).toBe(first.card?.cardId);

    await rateNext(userId, "easy", T0); // graduates: due in days
    const { card: learning } = await rateNext(userId, "good", T0); // learning: due in 10 min

    const capped = await getStudySession(userId, {}, at(1 * MIN));
    expect(capped.card).toBeNull();
    expect(capped.counts).toMatchObject({ due: 0, newLeft: 0, newIntroducedToday: 2 });
    expect(capped.newLimitReached).toBe(true);
    expect(formatInterval(capped.nextDueInMs!)).toBe("9 min");

    const learningDue = await getStudySession(userId, {}, at(11 * MIN));
    expect(learningDue.counts).toMatchObject({ due: 1, newLeft: 0 });
    expect(learningDue.card?.cardId).toBe(learning.cardId);
    expect(learningDue.card?.phase).toBe("learning");

    // Next day: the allowance is back, yet the overdue card still comes first.
    const nextDay = await getStudySession(userId, {}, at(DAY + 1 * MIN));
    expect(nextDay.counts).toMatchObject({ due: 1, newLeft: 2, newIntroducedToday: 0 });
    expect(nextDay.card?.cardId).toBe(learning.cardId);
    await rateCard(userId, { cardId: learning.cardId, expectedVersion: nextDay.card!.version, rating: "good" }, at(DAY + 1 * MIN));
    const thenNew = await getStudySession(userId, {}, at(DAY + 2 * MIN));
    expect(thenNew.counts).toMatchObject({ due: 0, newLeft: 2 });
    expect(thenNew.card?.phase).toBe("new");
  });

  it("studies one lesson only when asked, with the daily limit still counted across lessons", async () => {
    const userId = await newUser();
    await updateStudySettings(userId, { ...DEFAULT_STUDY_SETTINGS, newCardsPerDay: 3 });
    const all = await getStudySession(userId, {}, T0);
    expect(all.counts.newLeft).toBe(3);
    await rateNext(userId, "good", T0);
    await rateNext(userId, "good", T0);

    const lesson = await getStudySession(userId, { documentId: "other-doc" }, T0);
    expect(lesson.documentId).toBe("other-doc");
    expect(lesson.card?.questionId).toBe("q-other-1");
    expect(lesson.card?.lessonHref).toBe("/lessons/other-doc#other-doc.s1");
    expect(lesson.counts).toMatchObject({ due: 0, newLeft: 1, newIntroducedToday: 2 });
    expect(lesson.undoableReviewId).toBeNull(); // today's reviews were in the other lesson
  });

  it("previews the interval each rating schedules, and the rating does exactly that", async () => {
    const userId = await newUser();
    const session = await getStudySession(userId, {}, T0);
    const labels = session.card!.intervals.map((i) => `${i.rating} ${i.label}`);
    expect(labels.slice(0, 3)).toEqual(["again 1 min", "hard 6 min", "good 10 min"]);
    // Easy is fuzzed (seeded by the card id, so preview and rating agree): ts-fsrs spreads 8 days over 6–10.
    expect(labels[3]).toMatch(/^easy ([6-9]|10) d$/);
    const { outcome } = await rateNext(userId, "easy", T0);
    expect(`easy ${formatInterval(outcome.state.due.getTime() - T0.getTime())}`).toBe(labels[3]);
  });
});

describe("rating a card", () => {
  it("persists the new state, bumps the version and writes one review log", async () => {
    const userId = await newUser();
    const { card, outcome } = await rateNext(userId, "good", T0);
    const row = await cardRow(card.cardId);
    expect(row).toMatchObject({ state: "learning", reps: 1, version: 1, lapses: 0 });
    expect(row.lastReview).toEqual(T0);
    expect(row.due).toEqual(at(10 * MIN));
    expect(outcome.version).toBe(1);

    const logs = await db.reviewLog.findMany({ where: { cardId: card.cardId } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ id: outcome.reviewLogId, userId, rating: "good", cardVersion: 0, stateAfter: "learning" });
    expect(logs[0]!.reviewedAt).toEqual(T0);
    expect(JSON.parse(logs[0]!.previousJson)).toMatchObject({ state: "new", reps: 0 });
  });

  it("rejects a rating made on a stale version and leaves exactly one log", async () => {
    const userId = await newUser();
    const { card } = await rateNext(userId, "good", T0);
    const before = await cardRow(card.cardId);

    await expect(rateCard(userId, { cardId: card.cardId, expectedVersion: 0, rating: "easy" }, at(MIN))).rejects.toBeInstanceOf(
      StaleCardError,
    );
    expect(await db.reviewLog.count({ where: { cardId: card.cardId } })).toBe(1);
    expect(await cardRow(card.cardId)).toEqual(before);
  });

  it("applies only one of two simultaneous ratings of the same version (two tabs)", async () => {
    const userId = await newUser();
    const session = await getStudySession(userId, {}, T0);
    const input = { cardId: session.card!.cardId, expectedVersion: session.card!.version };
    const results = await Promise.allSettled([
      rateCard(userId, { ...input, rating: "good" }, T0),
      rateCard(userId, { ...input, rating: "again" }, T0),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(StaleCardError);
    expect(await db.reviewLog.count({ where: { cardId: input.cardId } })).toBe(1);
    expect((await cardRow(input.cardId)).version).toBe(1);
  });

  it("does not let a user rate or undo another user's card", async () => {
    const owner = await newUser();
    const intruder = await newUser();
    const { card, outcome } = await rateNext(owner, "good", T0);
    const before = await cardRow(card.cardId);

    await expect(rateCard(intruder, { cardId: card.cardId, expectedVersion: 1, rating: "easy" }, at(MIN))).rejects.toBeInstanceOf(
      FlashcardNotFoundError,
    );
    await expect(undoReview(intruder, outcome.reviewLogId)).rejects.toBeInstanceOf(FlashcardNotFoundError);
    expect(await cardRow(card.cardId)).toEqual(before);
    expect(await db.reviewLog.count({ where: { cardId: card.cardId } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: intruder } })).toBe(0);
  });
});

describe("undo", () => {
  it("restores the exact previous state of a review card and deletes its log", async () => {
    const userId = await newUser();
    const { card } = await rateNext(userId, "good", T0);
    await rateCard(userId, { cardId: card.cardId, expectedVersion: 1, rating: "good" }, at(10 * MIN)); // graduates
    const before = await cardRow(card.cardId);
    expect(before.state).toBe("review");

    const lapse = await rateCard(userId, { cardId: card.cardId, expectedVersion: 2, rating: "again" }, at(3 * DAY));
    expect((await cardRow(card.cardId)).lapses).toBe(1);
    const session = await getStudySession(userId, {}, at(3 * DAY));
    expect(session.undoableReviewId).toBe(lapse.reviewLogId);

    const undone = await undoReview(userId, lapse.reviewLogId);
    const after = await cardRow(card.cardId);
    expect(cardStateOf(after)).toEqual(cardStateOf(before));
    expect(undone.state).toEqual(cardStateOf(before));
    expect(after.version).toBe(4);
    expect(await db.reviewLog.findUnique({ where: { id: lapse.reviewLogId } })).toBeNull();
    expect(await db.reviewLog.count({ where: { cardId: card.cardId } })).toBe(2);

    // The same undo again (another tab) changes nothing.
    await expect(undoReview(userId, lapse.reviewLogId)).rejects.toBeInstanceOf(FlashcardNotFoundError);
    expect((await cardRow(card.cardId)).version).toBe(4);
    // A rating made on the version before the undo is stale.
    await expect(rateCard(userId, { cardId: card.cardId, expectedVersion: 3, rating: "good" }, at(3 * DAY))).rejects.toBeInstanceOf(
      StaleCardError,
    );
  });

  it("gives back today's new-card allowance, shows the undone card again, and refuses to undo an older review", async () => {
    const userId = await newUser();
    const first = await rateNext(userId, "good", T0);
    await rateCard(userId, { cardId: first.card.cardId, expectedVersion: 1, rating: "good" }, at(10 * MIN));
    const second = await rateNext(userId, "easy", at(11 * MIN));
    expect((await getStudySession(userId, {}, at(12 * MIN))).counts.newIntroducedToday).toBe(2);

    await expect(undoReview(userId, first.outcome.reviewLogId)).rejects.toBeInstanceOf(StaleCardError);

    await undoReview(userId, second.outcome.reviewLogId);
    const session = await getStudySession(userId, {}, at(12 * MIN), { showCardId: second.card.cardId });
    expect(session.card?.cardId).toBe(second.card.cardId);
    expect(session.card?.phase).toBe("new");
    expect(session.counts.newIntroducedToday).toBe(1);
    expect(session.undoableReviewId).not.toBe(second.outcome.reviewLogId);
  });
});

describe("study settings", () => {
  it("defaults to 0.90 retention, 20 new cards a day and shortcuts on", async () => {
    expect(await getStudySettings(await newUser())).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20, keyboardShortcuts: true });
  });

  it("saves valid settings and refuses out-of-range ones", async () => {
    const userId = await newUser();
    const saved = await updateStudySettings(userId, { desiredRetention: 0.95, newCardsPerDay: 50, keyboardShortcuts: false });
    expect(saved).toEqual({ desiredRetention: 0.95, newCardsPerDay: 50, keyboardShortcuts: false });
    expect(await getStudySettings(userId)).toEqual(saved);

    const invalid = [
      { desiredRetention: 0.79 },
      { desiredRetention: 0.98 },
      { desiredRetention: 0.925 },
      { desiredRetention: Number.NaN },
      { newCardsPerDay: 0 },
      { newCardsPerDay: 201 },
      { newCardsPerDay: 2.5 },
    ];
    for (const change of invalid) {
      await expect(updateStudySettings(userId, { ...saved, ...change })).rejects.toBeInstanceOf(InvalidStudySettingsError);
    }
    expect(await getStudySettings(userId)).toEqual(saved);
    await expect(updateStudySettings(userId, { ...saved, desiredRetention: 0.8 })).resolves.toMatchObject({ desiredRetention: 0.8 });
    await expect(updateStudySettings(userId, { ...saved, desiredRetention: 0.97, newCardsPerDay: 200 })).resolves.toMatchObject({
      desiredRetention: 0.97,
      newCardsPerDay: 200,
    });
  });

  it("schedules with the user's retention: higher retention, shorter first interval", async () => {
    const relaxed = await newUser();
    const strict = await newUser();
    await updateStudySettings(relaxed, { ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.8 });
    await updateStudySettings(strict, { ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.97 });
    const relaxedDue = (await rateNext(relaxed, "easy", T0)).outcome.state.due.getTime();
    const strictDue = (await rateNext(strict, "easy", T0)).outcome.state.due.getTime();
    expect(relaxedDue).toBeGreaterThan(strictDue);
  });

  it("has a workload ratio to the default's for every selectable retention", () => {
    const ratios = workloadRatios();
    expect(Object.keys(ratios)).toHaveLength(18);
    expect(ratios["0.90"]).toBe(1);
    // Remembering more costs more reviews.
    expect(ratios["0.97"]).toBeGreaterThan(ratios["0.95"]!);
    expect(ratios["0.95"]).toBeGreaterThan(1);
    expect(ratios["0.80"]).toBeLessThan(1);
  });
});
