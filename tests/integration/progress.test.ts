import { migrateTempDatabase, removeTempDatabase } from "../support/temp-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { masteryLevel, masteryStyle } from "@/components/progress/mastery-colour";
import type { Question } from "@/lib/domain/generation/question-types";
import { retrievability, type CardState } from "@/lib/domain/scheduling";
import { db } from "@/lib/server/db";
import { exportCards, loadExportableCards } from "@/lib/server/services/progress/export-cards";
import { loadDashboard } from "@/lib/server/services/progress/load-dashboard";
import { loadFactMastery } from "@/lib/server/services/progress/load-fact-mastery";
import { zoneFromCookie } from "@/lib/server/user-zone";
import { insertTestQuestions, sampleQuestions } from "../support/insert-test-content";

// Thursday 9 May 2024, 15:00 UTC; weeks start on Monday 6 May.
const now = new Date("2024-05-09T15:00:00Z");
const UTC = { timeZone: "UTC" };
const at = (iso: string) => new Date(iso);

const secondLesson: Question[] = [
  {
    id: "q2-year-1990",
    kind: "year-choice",
    prompt: "In what year was Alberto Fujimori first elected president of Peru?",
    answer: "1990",
    choices: ["1985", "1990", "1995", "2000"],
    source: {
      documentId: "second-doc",
      documentTitle: "Second document",
      sectionId: "politics",
      sentenceId: "second-doc.s1",
      quote: "In 1990, Alberto Fujimori was elected president of Peru.",
    },
    factIds: ["fact-1990"],
  },
  {
    id: "q2-tf-1996",
    kind: "true-false",
    prompt: "True or false: The hostage crisis at the Japanese ambassador's residence began in 1996.",
    answer: "True",
    choices: ["True", "False"],
    source: {
      documentId: "second-doc",
      documentTitle: "Second document",
      sectionId: "politics",
      sentenceId: "second-doc.s2",
      quote: "On 17 December 1996, the Japanese ambassador's residence in Lima was seized.",
    },
    factIds: ["fact-1996"],
  },
];

function reviewedState(due: string, lastReview: string, stability: number): CardState {
  return {
    due: at(due),
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 3,
    learningSteps: 0,
    reps: 2,
    lapses: 0,
    state: "review",
    lastReview: at(lastReview),
  };
}

async function insertCard(userId: string, questionId: string, state: CardState | "new"): Promise<string> {
  const columns =
    state === "new"
      ? { due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: "new", lastReview: null }
      : state;
  const card = await db.card.create({ data: { userId, questionId, ...columns }, select: { id: true } });
  return card.id;
}

async function insertReview(userId: string, cardId: string, cardVersion: number, rating: string, reviewedAt: string) {
  await db.reviewLog.create({
    data: { cardId, userId, rating, cardVersion, reviewedAt: at(reviewedAt), stateAfter: "review", scheduledDays: 3, previousJson: "{}" },
  });
}

async function insertAttempt(
  userId: string,
  scope: string,
  startedAt: string,
  finishedAt: string | null,
  answers: { questionId: string; correct: boolean; score: number; answeredAt: string }[],
): Promise<string> {
  const attempt = await db.quizAttempt.create({
    data: {
      userId,
      scope,
      questions: { create: answers.map((a, position) => ({ questionId: a.questionId, position })) },
      startedAt: at(startedAt),
      finishedAt: finishedAt ? at(finishedAt) : null,
    },
    select: { id: true },
  });
  for (const answer of answers) {
    await db.quizAnswer.create({
      data: { attemptId: attempt.id, ...answer, responseJson: "{}", timeMs: 4000, answeredAt: at(answer.answeredAt) },
    });
  }
  return attempt.id;
}

const states = {
  year: reviewedState("2024-05-09T09:00:00Z", "2024-05-08T10:00:00Z", 10), // due earlier today
  tf: reviewedState("2024-05-05T09:00:00Z", "2024-05-08T11:00:00Z", 2), // overdue: counts today
  number: reviewedState("2024-05-12T09:00:00Z", "2024-05-06T08:00:00Z", 8), // Sunday
  second: reviewedState("2024-05-20T09:00:00Z", "2024-04-20T08:00:00Z", 30), // beyond the 7 days
  otherYear: reviewedState("2024-05-09T12:00:00Z", "2024-05-08T09:00:00Z", 4),
};
const r = (state: CardState) => retrievability(state, now);

let ana = "";
let ben = "";
let cleo = "";
let anaFinishedAttempt = "";

beforeAll(async () => {
  await migrateTempDatabase();
  await insertTestQuestions(db, [...sampleQuestions(), ...secondLesson]);
  await db.contentDocument.update({ where: { id: "second-doc" }, data: { position: 5 } });
  ana = (await db.user.create({ data: { name: "Ana", email: "ana@example.com" } })).id;
  ben = (await db.user.create({ data: { name: "Ben", email: "ben@example.com" } })).id;
  cleo = (await db.user.create({ data: { name: "Cleo", email: "cleo@example.com" } })).id;

  const year = await insertCard(ana, "q-year-1899", states.year);
  const tf = await insertCard(ana, "q-tf-1873", states.tf);
  const number = await insertCard(ana, "q-number-790", states.number);
  await insertCard(ana, "q-who-1959", "new"); // never studied: not in the forecast, mastery from quizzes
  const second = await insertCard(ana, "q2-year-1990", states.second);

  await insertReview(ana, year, 1, "good", "2024-05-08T10:00:00Z");
  await insertReview(ana, tf, 1, "again", "2024-05-08T11:00:00Z");
  await insertReview(ana, number, 1, "good", "2024-05-06T08:00:00Z");
  await insertReview(ana, second, 1, "good", "2024-04-20T08:00:00Z");
  await insertReview(ana, year, 0, "good", "2024-03-01T08:00:00Z"); // older than 30 days
  await insertReview(ana, tf, 0, "good", "2024-05-10T08:00:00Z"); // after `now`: ignored

  anaFinishedAttempt = await insertAttempt(ana, "lesson:sample-doc", "2024-05-07T09:00:00Z", "2024-05-07T09:10:00Z", [
    { questionId: "q-who-1959", correct: true, score: 1, answeredAt: "2024-05-07T09:01:00Z" },
    { questionId: "q-order-1", correct: false, score: 0.5, answeredAt: "2024-05-07T09:02:00Z" },
  ]);
  await insertAttempt(ana, "mixed", "2024-05-01T09:00:00Z", null, [
    { questionId: "q-who-1959", correct: false, score: 0, answeredAt: "2024-05-01T09:01:00Z" },
  ]);

  // Ben's rows must never show up in Ana's dashboard or export.
  const benYear = await insertCard(ben, "q-year-1899", states.otherYear);
  await insertCard(ben, "q-tf-1873", reviewedState("2024-05-11T09:00:00Z", "2024-05-08T09:00:00Z", 3));
  await insertReview(ben, benYear, 1, "hard", "2024-05-08T09:00:00Z");
  await insertReview(ben, benYear, 2, "again", "2024-05-09T09:00:00Z");
  await insertAttempt(ben, "timeline", "2024-05-09T10:00:00Z", "2024-05-09T10:05:00Z", [
    { questionId: "q-order-1", correct: true, score: 1, answeredAt: "2024-05-09T10:01:00Z" },
    { questionId: "q2-tf-1996", correct: true, score: 1, answeredAt: "2024-05-09T10:02:00Z" },
  ]);
});

afterAll(async () => {
  await db.$disconnect();
  removeTempDatabase();
});

describe("loadDashboard", () => {
  it("forecasts studied cards due over the next 7 days, overdue counted today, new cards left out", async () => {
    const dashboard = await loadDashboard(ana, now, UTC);
    expect(dashboard.today).toBe("2024-05-09");
    expect(dashboard.dueToday).toBe(2);
    expect(dashboard.dueForecast).toEqual([
      { date: "2024-05-09", count: 2 },
      { date: "2024-05-10", count: 0 },
      { date: "2024-05-11", count: 0 },
      { date: "2024-05-12", count: 1 },
      { date: "2024-05-13", count: 0 },
      { date: "2024-05-14", count: 0 },
      { date: "2024-05-15", count: 0 },
    ]);
    expect(dashboard.cardCount).toBe(5);
    expect(dashboard.isEmpty).toBe(false);
  });

  it("counts reviews per day over the last 30 days only", async () => {
    const dashboard = await loadDashboard(ana, now, UTC);
    expect(dashboard.reviewsPerDay).toHaveLength(30);
    expect(dashboard.reviewsPerDay[0]?.date).toBe("2024-04-10");
    expect(dashboard.reviewsPerDay.at(-1)?.date).toBe("2024-05-09");
    const nonZero = dashboard.reviewsPerDay.filter((d) => d.count > 0);
    expect(nonZero).toEqual([
      { date: "2024-04-20", count: 1 },
      { date: "2024-05-06", count: 1 },
      { date: "2024-05-08", count: 2 },
    ]);
    expect(dashboard.reviewsLast30Days).toBe(4);
  });

  it("computes weekly accuracy from reviews and quiz answers, with gaps for empty weeks", async () => {
    const dashboard = await loadDashboard(ana, now, UTC);
    expect(dashboard.accuracy).toEqual([
      { weekStart: "2024-04-08", total: 0, correct: 0, accuracy: null },
      { weekStart: "2024-04-15", total: 1, correct: 1, accuracy: 1 },
      { weekStart: "2024-04-22", total: 0, correct: 0, accuracy: null },
      { weekStart: "2024-04-29", total: 1, correct: 0, accuracy: 0 },
      // good, again, good reviews + a right and a wrong quiz answer
      { weekStart: "2024-05-06", total: 5, correct: 3, accuracy: 0.6 },
    ]);
  });

  it("rates mastery per lesson from retrievability, else recent quiz scores, in lesson order", async () => {
    const dashboard = await loadDashboard(ana, now, UTC);
    // q-who-1959: quiz 1 and 0 → 0.5; q-order-1: quiz 0.5.
    const sample = (r(states.year) + r(states.tf) + r(states.number) + 0.5 + 0.5) / 5;
    expect(dashboard.masteryByLesson).toEqual([
      { lessonId: "sample-doc", title: "Sample document", mastery: expect.closeTo(sample, 10), seen: 5, total: 5 },
      { lessonId: "second-doc", title: "Second document", mastery: expect.closeTo(r(states.second) / 2, 10), seen: 1, total: 2 },
    ]);
    // The overdue card has decayed below the freshly due one.
    expect(r(states.tf)).toBeLessThan(r(states.year));
  });

  it("counts study days this week as a goal, not a streak", async () => {
    const dashboard = await loadDashboard(ana, now, UTC);
    expect(dashboard.studyWeek).toEqual({
      days: [true, true, true, false, false, false, false],
      dates: ["2024-05-06", "2024-05-07", "2024-05-08", "2024-05-09", "2024-05-10", "2024-05-11", "2024-05-12"],
      count: 3,
      goal: 4,
      met: false,
    });
  });

  it("lists finished quizzes only, scored over all their questions", async () => {
    const dashboard = await loadDashboard(ana, now, UTC);
    expect(dashboard.recentQuizzes).toEqual([
      {
        attemptId: anaFinishedAttempt,
        scope: "lesson:sample-doc",
        scopeName: { key: "lesson", title: "Sample document" },
        finishedAt: at("2024-05-07T09:10:00Z"),
        correctCount: 1,
        total: 2,
        score: 0.75,
      },
    ]);
  });

  it("counts days in the learner's time zone", async () => {
    // Honolulu is UTC−10: the 08:00Z Monday review falls on Sunday (last week), Tuesday's 09:01Z quiz answer on
    // Monday, and Wednesday's 10:00Z/11:00Z reviews stay on Wednesday.
    const dashboard = await loadDashboard(ana, now, { timeZone: "Pacific/Honolulu" });
    expect(dashboard.today).toBe("2024-05-09");
    expect(dashboard.studyWeek.days.slice(0, 4)).toEqual([true, false, true, false]);
    expect(dashboard.reviewsPerDay.find((d) => d.date === "2024-05-05")?.count).toBe(1);
  });

  it("keeps each learner's rows to themselves", async () => {
    const benDashboard = await loadDashboard(ben, now, UTC);
    expect(benDashboard.dueToday).toBe(1);
    expect(benDashboard.dueForecast.map((d) => d.count)).toEqual([1, 0, 1, 0, 0, 0, 0]);
    expect(benDashboard.reviewsLast30Days).toBe(2);
    expect(benDashboard.recentQuizzes.map((q) => q.scopeName)).toEqual([{ key: "timeline" }]);
    expect(benDashboard.accuracy.at(-1)).toEqual({ weekStart: "2024-05-06", total: 4, correct: 3, accuracy: 0.75 });
    expect(benDashboard.masteryByLesson.find((l) => l.lessonId === "second-doc")).toEqual({
      lessonId: "second-doc",
      title: "Second document",
      mastery: 0.5,
      seen: 1,
      total: 2,
    });
    // Ana's numbers above were computed with Ben's rows already in the database.
    const anaDashboard = await loadDashboard(ana, now, UTC);
    expect(anaDashboard.recentQuizzes.map((q) => q.attemptId)).toEqual([anaFinishedAttempt]);
  });

  it("is empty for a brand-new learner", async () => {
    const dashboard = await loadDashboard(cleo, now, UTC);
    expect(dashboard.isEmpty).toBe(true);
    expect(dashboard.dueToday).toBe(0);
    expect(dashboard.reviewsLast30Days).toBe(0);
    expect(dashboard.recentQuizzes).toEqual([]);
    expect(dashboard.masteryByLesson.every((l) => l.seen === 0 && l.mastery === 0)).toBe(true);
  });
});

describe("loadFactMastery", () => {
  it("maps each fact with questions to the learner's mastery of them", async () => {
    const facts = await loadFactMastery(ana, now);
    // fact-1899: q-year-1899 (card), q-number-790 (card), q-order-1 (quiz 0.5).
    expect(facts.get("fact-1899")).toEqual({
      mastery: expect.closeTo((r(states.year) + r(states.number) + 0.5) / 3, 10),
      seen: 3,
      total: 3,
    });
    expect(facts.get("fact-1942")).toEqual({ mastery: 0.5, seen: 1, total: 1 });
    expect(facts.get("fact-1996")).toEqual({ mastery: 0, seen: 0, total: 1 });
    expect(facts.has("fact-without-questions")).toBe(false);

    const benFacts = await loadFactMastery(ben, now);
    expect(benFacts.get("fact-1996")).toEqual({ mastery: 1, seen: 1, total: 1 });
    expect(benFacts.get("fact-1959")).toEqual({ mastery: 0, seen: 0, total: 1 });
  });
});

describe("exportCards", () => {
  it("exports only the learner's cards as CSV with a BOM, a header and the source quote", async () => {
    const file = await exportCards(ana, "csv", now);
    expect(file.filename).toBe("pacific-bridge-cards-2024-05-09.csv");
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.body.startsWith("\uFEFFfront,back,source document,quote,due,state\r\n")).toBe(true);
    const lines = file.body.trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 5);
    expect(file.body).toContain('"In 1899, 790 Japanese migrants, aboard the Sakuramaru arrived to Peru."');
    expect(file.body).toContain("Sample document");
    expect(file.body).toContain("2024-05-12T09:00:00.000Z,review");

    const benFile = await exportCards(ben, "csv", now);
    expect(benFile.body.trimEnd().split("\r\n")).toHaveLength(1 + 2);
    expect(benFile.body).not.toContain("Alberto Fujimori");
    expect((await loadExportableCards(cleo)).length).toBe(0);
  });

  it("exports Anki's text import format with headers and the source in a field", async () => {
    const file = await exportCards(ana, "anki", now);
    expect(file.filename).toBe("pacific-bridge-anki-2024-05-09.txt");
    expect(file.contentType).toBe("text/plain; charset=utf-8");
    const lines = file.body.trimEnd().split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#deck:Pacific Bridge",
      "#columns:Front\tBack\tSource\tTags",
      "#tags column:4",
    ]);
    const rows = lines.slice(6);
    expect(rows).toHaveLength(5);
    const fujimori = rows.find((row) => row.startsWith("In what year was Alberto Fujimori"))?.split("\t");
    expect(fujimori?.[2]).toBe("Second document: “In 1990, Alberto Fujimori was elected president of Peru.”");
    expect(fujimori?.[3]).toBe("pacific-bridge second-doc year-choice");
  });
});

describe("time zone and mastery labels", () => {
  it("accepts only real IANA zones from the cookie", () => {
    expect(zoneFromCookie("Asia/Tokyo")).toEqual({ timeZone: "Asia/Tokyo" });
    expect(zoneFromCookie("America/Lima")).toEqual({ timeZone: "America/Lima" });
    expect(zoneFromCookie("Mars/Olympus_Mons")).toEqual({ timeZone: "UTC" });
    expect(zoneFromCookie("<script>")).toEqual({ timeZone: "UTC" });
    expect(zoneFromCookie(undefined)).toEqual({ timeZone: "UTC" });
  });

  it("labels mastery by level, unseen whatever the number", () => {
    expect(masteryLevel(0.9, 0)).toBe("unseen");
    expect(masteryLevel(0.2, 1)).toBe("learning");
    expect(masteryLevel(0.5, true)).toBe("familiar");
    expect(masteryLevel(0.8, 3)).toBe("strong");
    expect(masteryStyle(0, false).label).toBe("Not studied");
    expect(masteryStyle(0.95, 2)).toMatchObject({ label: "Strong", fillClass: "fill-emerald-700" });
  });
});
