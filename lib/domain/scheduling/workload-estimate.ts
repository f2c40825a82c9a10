import { Rating, type Card } from "ts-fsrs";
import { mulberry32 } from "../generation/prng";
import { fromFsrsCard, newCardState, toFsrsCard } from "./card-state";
import { retrievability } from "./retrievability";
import {
  createScheduler,
  DEFAULT_DESIRED_RETENTION,
  MAX_DESIRED_RETENTION,
  MIN_DESIRED_RETENTION,
  validateRetention,
} from "./scheduler-options";

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


/**
 * Simulates SIMULATED_CARDS cards for a year: each card is learnt on day 0,
 * then at every due date it is recalled with probability = its retrievability
 * ("good") or forgotten ("again"). Same seed for every retention, so the
 * comparison uses the same random draws (common random numbers).
 */
function simulateReviewsPerCard(desiredRetention: number): number {
  const scheduler = createScheduler({ desiredRetention });
  const random = mulberry32(SEED);
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

// Retentions the estimate is simulated at; others are interpolated between neighbours.
const GRID_STEP = 0.01;
let grid: { retention: number; reviews: number }[] | null = null;

/**
 * Reviews per card at each grid retention, made non-decreasing: the simulation's noise must not tell a
 * learner that asking for more retention costs fewer reviews.
 */
function workloadGrid(): { retention: number; reviews: number }[] {
  if (grid) return grid;
  const points: { retention: number; reviews: number }[] = [];
  for (let r = MIN_DESIRED_RETENTION; r <= MAX_DESIRED_RETENTION + 1e-9; r += GRID_STEP) {
    const retention = Math.round(r * 100) / 100;
    points.push({ retention, reviews: simulateReviewsPerCard(retention) });
  }
  grid = poolAdjacentViolators(points);
  return grid;
}

/** Isotonic regression: merges neighbouring points that decrease into their mean. */
function poolAdjacentViolators(points: { retention: number; reviews: number }[]): { retention: number; reviews: number }[] {
  const blocks: { sum: number; count: number }[] = [];
  for (const point of points) {
    blocks.push({ sum: point.reviews, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const previous = blocks[blocks.length - 2]!;
      if (previous.sum / previous.count <= last.sum / last.count) break;
      blocks.splice(blocks.length - 2, 2, { sum: previous.sum + last.sum, count: previous.count + last.count });
    }
  }
  const values = blocks.flatMap((block) => Array<number>(block.count).fill(block.sum / block.count));
  return points.map((point, i) => ({ retention: point.retention, reviews: values[i]! }));
}

function reviewsPerCard(retention: number): number {
  const points = workloadGrid();
  const upper = points.findIndex((point) => point.retention >= retention - 1e-9);
  const high = points[Math.max(upper, 0)]!;
  const low = points[Math.max(upper - 1, 0)]!;
  if (high.retention === low.retention || Math.abs(high.retention - retention) < 1e-9) return high.reviews;
  const t = (retention - low.retention) / (high.retention - low.retention);
  return low.reviews + t * (high.reviews - low.reviews);
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
