import { migrateTempDatabase, removeTempDatabase } from "../support/temp-database";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rateAndShowNext } from "@/lib/actions/rate-and-show-next";
import { saveStudySettings } from "@/lib/actions/save-study-settings";
import { undoAndShowCard } from "@/lib/actions/undo-and-show-card";
import { db } from "@/lib/server/db";
import { getStudySession } from "@/lib/server/services/flashcards/study-session";
import { getStudySettings } from "@/lib/server/services/flashcards/study-settings";
import { actAs, formData, redirectOf } from "../support/action-request";
import { insertTestQuestions, unrelatedSampleQuestions } from "../support/insert-test-content";

vi.mock("next/headers", async () => (await import("../support/action-request")).nextHeaders);

let counter = 0;
async function newUser(): Promise<string> {
  counter += 1;
  return (await db.user.create({ data: { name: `Learner ${counter}`, email: `learner-${counter}@example.com` } })).id;
}

/** The card the user's study session shows now (its row is created on first show). */
async function shownCard(userId: string) {
  const { card } = await getStudySession(userId, {}, new Date());
  if (!card) throw new Error("expected a card");
  return card;
}

const cardRow = (cardId: string) => db.card.findUniqueOrThrow({ where: { id: cardId } });

beforeAll(async () => {
  await migrateTempDatabase();
  await insertTestQuestions(db, unrelatedSampleQuestions());
});

afterAll(async () => {
  await db.$disconnect();
  removeTempDatabase();
});

describe("rateAndShowNext", () => {
  it("sends a signed-out caller to sign in and rates nothing", async () => {
    const owner = await newUser();
    const card = await shownCard(owner);
    await actAs(null);
    const rate = () => rateAndShowNext({ cardId: card.cardId, expectedVersion: card.version, rating: "good", lesson: null });
    expect(await redirectOf(rate)).toBe("/sign-in?callbackUrl=%2Fstudy");
    expect(await db.reviewLog.count({ where: { cardId: card.cardId } })).toBe(0);
  });

  it("refuses a rating it cannot read", async () => {
    await actAs(await newUser());
    const result = await rateAndShowNext({ cardId: "", expectedVersion: -1, rating: "meh" as never, lesson: null });
    expect(result).toEqual({ ok: false, code: "invalid-input", message: "That rating couldn’t be read.", session: null });
  });

  it("treats someone else's card as missing and leaves it alone", async () => {
    const owner = await newUser();
    const card = await shownCard(owner);
    const before = await cardRow(card.cardId);
    await actAs(await newUser());
    const result = await rateAndShowNext({ cardId: card.cardId, expectedVersion: card.version, rating: "easy", lesson: null });
    expect(result).toMatchObject({ ok: false, code: "card-not-found", session: null });
    expect(await cardRow(card.cardId)).toEqual(before);
  });

  it("rates the caller's card once; the same rating again is stale and shows the deck as it is", async () => {
    const owner = await newUser();
    const card = await shownCard(owner);
    await actAs(owner);
    const input = { cardId: card.cardId, expectedVersion: card.version, rating: "good" as const, lesson: null };
    const first = await rateAndShowNext(input);
    expect(first.ok).toBe(true);
    const again = await rateAndShowNext(input);
    expect(again).toMatchObject({ ok: false, code: "stale-card", session: { documentId: null } });
    expect(await db.reviewLog.count({ where: { cardId: card.cardId } })).toBe(1);
  });
});

describe("undoAndShowCard", () => {
  async function ratedCard(userId: string) {
    const card = await shownCard(userId);
    await actAs(userId);
    await rateAndShowNext({ cardId: card.cardId, expectedVersion: card.version, rating: "good", lesson: null });
    const log = await db.reviewLog.findFirstOrThrow({ where: { cardId: card.cardId } });
    return { card, reviewLogId: log.id };
  }

  it("sends a signed-out caller to sign in and undoes nothing", async () => {
    const { reviewLogId } = await ratedCard(await newUser());
    await actAs(null);
    expect(await redirectOf(() => undoAndShowCard({ reviewLogId, lesson: null }))).toBe("/sign-in?callbackUrl=%2Fstudy");
    expect(await db.reviewLog.count({ where: { id: reviewLogId } })).toBe(1);
  });

  it("refuses an undo it cannot read", async () => {
    await actAs(await newUser());
    expect(await undoAndShowCard({ reviewLogId: "", lesson: null })).toEqual({
      ok: false,
      code: "invalid-input",
      message: "That undo couldn’t be read.",
      session: null,
    });
  });

  it("does not undo someone else's review", async () => {
    const { card, reviewLogId } = await ratedCard(await newUser());
    const before = await cardRow(card.cardId);
    await actAs(await newUser());
    expect(await undoAndShowCard({ reviewLogId, lesson: null })).toMatchObject({ ok: false, code: "review-not-found" });
    expect(await cardRow(card.cardId)).toEqual(before);
    expect(await db.reviewLog.count({ where: { id: reviewLogId } })).toBe(1);
  });

  it("undoes the caller's own review and shows that card again", async () => {
    const owner = await newUser();
    const { card, reviewLogId } = await ratedCard(owner);
    await actAs(owner);
    const result = await undoAndShowCard({ reviewLogId, lesson: null });
    expect(result).toMatchObject({ ok: true, session: { card: { cardId: card.cardId, phase: "new" } } });
    expect(await db.reviewLog.count({ where: { id: reviewLogId } })).toBe(0);
  });
});

describe("saveStudySettings", () => {
  const settingsForm = (fields: Record<string, string>) => saveStudySettings(formData(fields));

  it("sends a signed-out caller to sign in", async () => {
    await actAs(null);
    expect(await redirectOf(() => settingsForm({ desiredRetention: "0.95", newCardsPerDay: "30" }))).toBe("/sign-in?callbackUrl=%2Fsettings");
    expect(await db.studySettings.count()).toBe(0);
  });

  it("answers out-of-range values with a message per field and saves nothing", async () => {
    const userId = await newUser();
    await actAs(userId);
    const result = await settingsForm({ desiredRetention: "0.99", newCardsPerDay: "" });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { desiredRetention: ["Choose a retention from 0.80 to 0.97."], newCardsPerDay: ["Enter a whole number from 1 to 200."] },
    });
    expect(await db.studySettings.count({ where: { userId } })).toBe(0);
  });

  it("saves the caller's own settings and no one else's", async () => {
    const [caller, other] = [await newUser(), await newUser()];
    await actAs(caller);
    const result = await settingsForm({ desiredRetention: "0.85", newCardsPerDay: "12", keyboardShortcuts: "on", userId: other });
    expect(result).toEqual({ ok: true, data: { desiredRetention: 0.85, newCardsPerDay: 12, keyboardShortcuts: true } });
    expect(await getStudySettings(caller)).toEqual({ desiredRetention: 0.85, newCardsPerDay: 12, keyboardShortcuts: true });
    expect(await db.studySettings.count({ where: { userId: other } })).toBe(0);
  });
});
