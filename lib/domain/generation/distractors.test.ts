import { describe, expect, it } from "vitest";
import { findNumbers } from "./find-numbers";
import { formatNumberLike, numberDistractors } from "./number-distractors";
import { seededRng, shuffle } from "./prng";
import { yearDistractors } from "./year-distractors";

describe("seeded randomness", () => {
  it("is deterministic per seed", () => {
    const a = seededRng("q-1");
    const b = seededRng("q-1");
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(shuffle([1, 2, 3, 4, 5], seededRng("x"))).toEqual(shuffle([1, 2, 3, 4, 5], seededRng("x")));
  });
});

describe("yearDistractors", () => {
  it("never returns the answer, a forbidden year, or a year out of bounds", () => {
    const forbidden = new Set([1996, 1997, 1995, 1992, 1990, 2000, 2006]);
    for (let seed = 0; seed < 50; seed++) {
      const ys = yearDistractors({ answer: 1992, isForbidden: (y) => forbidden.has(y), pool: [1990, 1991, 1993, 1995, 1996, 1997, 2000], rng: seededRng(String(seed)), min: 1960, max: 2001 });
      expect(ys).toHaveLength(3);
      expect(new Set(ys).size).toBe(3);
      for (const y of ys) {
        expect(forbidden.has(y) || y === 1992).toBe(false);
        expect(y).toBeGreaterThanOrEqual(1960);
        expect(y).toBeLessThanOrEqual(2001);
      }
    }
  });
});

describe("numbers", () => {
  it("finds counts and amounts, not years, ordinals, codes, times or days", () => {
    const s = "On 17 December 1996, 14 members stormed the residence at 10:25 a.m. during COP 20, the 12th summit, took more than 400 hostages, and on August 15 trade totaled US$3.5 billion.";
    const found = findNumbers(s, [{ start: 3, end: 19 }]).map((n) => [n.text, n.bound]);
    expect(found).toEqual([["14", "exact"], ["400", "lower"], ["US$3.5 billion", "exact"]]);
  });

  it("offers only larger numbers for 'more than N' and keeps the answer's format", () => {
    const [n] = findNumbers("Peru deported over 1,700 Japanese Peruvians.", []);
    if (!n) throw new Error("no number");
    for (let seed = 0; seed < 20; seed++) {
      const ds = numberDistractors(n, seededRng(String(seed)));
      expect(ds).toHaveLength(3);
      for (const d of ds) expect(d).toBeGreaterThan(1700);
    }
    expect(formatNumberLike(3400, n)).toBe("3,400");
    const [money] = findNumbers("Trade totaled US$3.5 billion.", []);
    if (!money) throw new Error("no amount");
    expect(formatNumberLike(2.1, money)).toBe("US$2.1 billion");
  });

  it("keeps small counts small and distinct", () => {
    const [n] = findNumbers("14 members of the movement stormed the residence.", []);
    if (!n) throw new Error("no number");
    const ds = numberDistractors(n, seededRng("s"));
    expect(new Set(ds).size).toBe(3);
    for (const d of ds) expect(Math.abs(d - 14)).toBeGreaterThanOrEqual(2);
  });
});
