import { describe, expect, it } from "vitest";
import { studyStreak, type ReviewMark } from "./study-streak";

// Thursday 9 May 2024, 15:00 UTC.
const now = new Date("2024-05-09T15:00:00Z");
const at = (iso: string, cardId = "c1"): ReviewMark => ({ cardId, reviewedAt: new Date(iso) });
/** One review a day for `count` days ending `daysAgo` days before now, each of a card of its own. */
const daily = (count: number, daysAgo = 0): ReviewMark[] =>
  Array.from({ length: count }, (_, i) => at(new Date(now.getTime() - (daysAgo + i) * 86_400_000).toISOString(), `day-${daysAgo + i}`));

describe("studyStreak", () => {
  it("is zero with no reviews", () => {
    expect(studyStreak([], now)).toEqual({ days: 0, studiedToday: false, cards: 0, reachedToday: null });
  });

  it("counts consecutive days up to today, several reviews a day counting once", () => {
    const reviews = [at("2024-05-09T08:00:00Z"), at("2024-05-09T09:00:00Z", "c2"), at("2024-05-08T20:00:00Z"), at("2024-05-07T07:00:00Z"), at("2024-05-05T07:00:00Z")];
    expect(studyStreak(reviews, now)).toEqual({ days: 3, studiedToday: true, cards: 2, reachedToday: null });
  });

  it("keeps yesterday's streak alive until today ends, and a missed whole day breaks it", () => {
    expect(studyStreak(daily(4, 1), now)).toMatchObject({ days: 4, studiedToday: false });
    expect(studyStreak(daily(4, 2), now)).toMatchObject({ days: 0, studiedToday: false });
  });

  it("follows the learner's time zone for the day boundary", () => {
    // 02:00Z Thursday is still Wednesday evening in Lima (UTC−5): one day, not two.
    const reviews = [at("2024-05-09T02:00:00Z"), at("2024-05-08T22:00:00Z")];
    expect(studyStreak(reviews, now).days).toBe(2);
    expect(studyStreak(reviews, now, { timeZone: "America/Lima" }).days).toBe(1);
  });

  it("ignores reviews after now", () => {
    expect(studyStreak([at("2024-05-10T08:00:00Z")], now)).toEqual({ days: 0, studiedToday: false, cards: 0, reachedToday: null });
  });

  it("marks a 7-day streak on the seventh day only", () => {
    expect(studyStreak(daily(7), now).reachedToday).toEqual({ kind: "streak-days", value: 7 });
    expect(studyStreak(daily(6), now).reachedToday).toBeNull();
    expect(studyStreak(daily(8), now).reachedToday).toBeNull();
    // Seven days up to yesterday: reached yesterday, not today.
    expect(studyStreak(daily(7, 1), now).reachedToday).toBeNull();
    expect(studyStreak(daily(30), now).reachedToday).toEqual({ kind: "streak-days", value: 30 });
  });

  it("marks the 100th card on the day it is first studied, not again after", () => {
    const earlier = Array.from({ length: 98 }, (_, i) => at("2024-05-01T10:00:00Z", `old-${i}`));
    const today = [at("2024-05-09T10:00:00Z", "new-1"), at("2024-05-09T10:05:00Z", "new-2")];
    expect(studyStreak([...earlier, ...today], now)).toMatchObject({ cards: 100, reachedToday: { kind: "cards", value: 100 } });
    // Reviewing an old card again today adds no card.
    expect(studyStreak([...earlier, at("2024-05-09T10:00:00Z", "old-0")], now)).toMatchObject({ cards: 98, reachedToday: null });
    expect(studyStreak([...earlier, ...today], new Date("2024-05-10T15:00:00Z")).reachedToday).toBeNull();
  });

  it("prefers the streak when both are crossed the same day", () => {
    // 93 cards a week before the streak, then one new card a day: the 100th is today's.
    const earlier = Array.from({ length: 93 }, (_, i) => at("2024-05-01T10:00:00Z", `old-${i}`));
    const reviews = [...earlier, ...daily(7)];
    expect(studyStreak(reviews, now)).toMatchObject({ days: 7, cards: 100, reachedToday: { kind: "streak-days", value: 7 } });
    expect(studyStreak([...earlier, ...daily(6)], now)).toMatchObject({ days: 6, cards: 99 });
    expect(studyStreak([...earlier, ...daily(6), at("2024-05-09T12:00:00Z", "extra")], now).reachedToday).toEqual({ kind: "cards", value: 100 });
  });
});
