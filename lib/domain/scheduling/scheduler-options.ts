import { fsrs, StrategyMode, type FSRS } from "ts-fsrs";
import { AppError } from "@/lib/domain/errors/app-error";

export const DEFAULT_DESIRED_RETENTION = 0.9;
export const MIN_DESIRED_RETENTION = 0.8;
export const MAX_DESIRED_RETENTION = 0.97;

export interface SchedulerOptions {
  /** Target probability of recall at the due date, 0.80–0.97. Default 0.9. */
  desiredRetention?: number;
  /**
   * Spread intervals by a few percent so cards learnt together don't stay
   * together. Off by default so the same inputs always give the same due date.
   */
  enableFuzz?: boolean;
  /**
   * Seed for fuzz (e.g. the question id). Without it ts-fsrs seeds from the
   * review time and card memory state, which is still deterministic.
   */
  fuzzSeed?: string;
}

export class InvalidRetentionError extends AppError<"invalid-retention"> {
  constructor(readonly value: unknown) {
    super(
      "invalid-retention",
      `Desired retention must be a number between ${MIN_DESIRED_RETENTION} and ${MAX_DESIRED_RETENTION}; got ${String(value)}.`,
    );
  }
}

/** Throws InvalidRetentionError outside 0.80–0.97 (and for NaN/non-numbers). */
export function validateRetention(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new InvalidRetentionError(value);
  if (value < MIN_DESIRED_RETENTION || value > MAX_DESIRED_RETENTION) throw new InvalidRetentionError(value);
  return value;
}

/** Forgiving variant for settings sliders: pulls any finite number into range. */
export function clampRetention(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_DESIRED_RETENTION;
  return Math.min(MAX_DESIRED_RETENTION, Math.max(MIN_DESIRED_RETENTION, value));
}

/**
 * Builds a fresh ts-fsrs instance per call: instances carry a mutable seed, so
 * sharing one across requests would leak state between reviews.
 */
export function createScheduler(options: SchedulerOptions = {}, repsBefore = 0): FSRS {
  const retention = validateRetention(options.desiredRetention ?? DEFAULT_DESIRED_RETENTION);
  const scheduler = fsrs({ request_retention: retention, enable_fuzz: options.enableFuzz ?? false });
  const seed = options.fuzzSeed;
  if (seed !== undefined) {
    // Seed per card and per repetition so each review of a card fuzzes differently.
    scheduler.useStrategy(StrategyMode.SEED, () => `${seed}:${repsBefore}`);
  }
  return scheduler;
}
