import { Rating, type Card } from "ts-fsrs";
import { fromFsrsCard, newCardState, toFsrsCard } from "./card-state";
import { retrievability } from "./retrievability";
import { createScheduler, DEFAULT_DESIRED_RETENTION, validateRetention } from "./scheduler-options";

// Simulation size: large enough that neighbouring retentions are ordered
// correctly, small enough to run in well under a second.
const SIMULATED_CARDS = 300;
const HORIZON_DAYS = 365;
const SEED = 0x5eed;
const DAY_MS = 24 * 60 * 60 * 1000;
const EPOCH = Date.UTC(2000, 0, 1);

export interface WorkloadEstimate {
  desiredRetention: number;
  /** Reviews per card in the first year of studying it. */
  reviewsPerCardPerYear: number;
  /** Reviews relative to the default retention (0.90 → 1). */
  relativeToDefault: number;
  /** e.g. "0.95 ≈ 1.9× the reviews of 0.90". */
  summary: string;
}

/** mulberry32: tiny seeded PRNG so the simulation is reproducible. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Simulates SIMULATED_CARDS cards for a year: each card is learnt on day 0,
 * then at every due date it is recalled with probability = its retrievability
 * ("good") or forgotten ("again"). Same seed for every retention, so the
 * comparison uses the same random draws (common random numbers).
 */
function simulateReviewsPerCard(desiredRetention: number): number {
  const scheduler = createScheduler({ desiredRetention });
  const random = seededRandom(SEED);
  const start = new Date(EPOCH);
  const end = EPOCH + HORIZON_DAYS * DAY_MS;
  let reviews = 0;
  for (let i = 0; i < SIMULATED_CARDS; i++) {
    let card: Card = scheduler.next(toFsrsCard(newCardState(start)), start, Rating.Good).card;
    reviews++;
    while (card.due.getTime() <= end) {
      const now = card.due;
      const recalled = random() < retrievability(fromFsrsCard(card), now);
      card = scheduler.next(card, now, recalled ? Rating.Good : Rating.Again).card;
      reviews++;
    }
  }
  return reviews / SIMULATED_CARDS;
}

const cache = new Map<number, number>();

function reviewsPerCard(retention: number): number {
  const cached = cache.get(retention);
  if (cached !== undefined) return cached;
  const value = simulateReviewsPerCard(retention);
  cache.set(retention, value);
  return value;
}

/**
 * Relative review workload of a desired retention versus the 0.90 default,
 * by deterministic simulation. Throws InvalidRetentionError outside 0.80–0.97.
 */
export function workloadEstimate(desiredRetention: number): WorkloadEstimate {
  const retention = validateRetention(desiredRetention);
  const perCard = reviewsPerCard(retention);
  const baseline = reviewsPerCard(DEFAULT_DESIRED_RETENTION);
  const relative = perCard / baseline;
  const relativeRounded = Math.round(relative * 10) / 10;
  const summary =
    retention === DEFAULT_DESIRED_RETENTION
      ? `${retention.toFixed(2)} is the default workload`
      : `${retention.toFixed(2)} ≈ ${relativeRounded.toFixed(1)}× the reviews of ${DEFAULT_DESIRED_RETENTION.toFixed(2)}`;
  return {
    desiredRetention: retention,
    reviewsPerCardPerYear: Math.round(perCard * 10) / 10,
    relativeToDefault: Math.round(relative * 100) / 100,
    summary,
  };
}
