import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db, type DatabaseClient } from "@/lib/server/db";
import { normalizeEmail } from "@/lib/domain/auth/account-rules";

/** Deployers may loosen or tighten a limit: e.g. RATE_LIMIT_SIGN_UPS_PER_ADDRESS=50. */
function limitFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const FIFTEEN_MINUTES = 15 * 60;
const ONE_HOUR = 60 * 60;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const ALLOWED: RateDecision = { allowed: true };

function retryAfterOf(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

function laterOf(a: RateDecision, b: RateDecision): RateDecision {
  if (a.allowed) return b;
  if (b.allowed) return a;
  return a.retryAfterSeconds >= b.retryAfterSeconds ? a : b;
}

export interface Limits {
  signInFailuresPerAccount: number;
  signInFailuresPerAddress: number;
  signUpsPerAddress: number;
}

function limitsFromEnv(): Limits {
  return {
    signInFailuresPerAccount: limitFromEnv("RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT", 10),
    signInFailuresPerAddress: limitFromEnv("RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS", 50),
    signUpsPerAddress: limitFromEnv("RATE_LIMIT_SIGN_UPS_PER_ADDRESS", 10),
  };
}

/**
 * Sign-in and sign-up limits whose counters live in the RateLimitCounter table, so every app process on
 * one database shares them (SQLite or PostgreSQL).
 */
export function createRateLimits(client: DatabaseClient, limits: Limits = limitsFromEnv()) {
  const limiter = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterPrisma({ storeClient: client, tableName: "rateLimitCounter", keyPrefix, points, duration });
  const perAccount = limiter("sign-in-account", limits.signInFailuresPerAccount, FIFTEEN_MINUTES);
  const perAddress = limiter("sign-in-address", limits.signInFailuresPerAddress, FIFTEEN_MINUTES);
  const signUps = limiter("sign-up-address", limits.signUpsPerAddress, ONE_HOUR);

  const blockedFor = (res: RateLimiterRes | null, limit: RateLimiterPrisma): RateDecision =>
    !res || res.consumedPoints < limit.points ? ALLOWED : { allowed: false, retryAfterSeconds: retryAfterOf(res) };

  return {
    /** Whether a sign-in may be tried now: too many recent failures on the account or from the address block it. */
    async checkSignIn(email: string, address: string): Promise<RateDecision> {
      const [account, from] = await Promise.all([perAccount.get(normalizeEmail(email)), perAddress.get(address)]);
      return laterOf(blockedFor(account, perAccount), blockedFor(from, perAddress));
    },
    /** Counts a failed sign-in against the account and the address. */
    async recordFailedSignIn(email: string, address: string): Promise<void> {
      await Promise.all([perAccount.penalty(normalizeEmail(email)), perAddress.penalty(address)]);
    },
    /** A successful sign-in clears the account's failures (the address keeps its count). */
    async recordSuccessfulSignIn(email: string): Promise<void> {
      await perAccount.delete(normalizeEmail(email));
    },
    /** Takes one sign-up from the address's allowance, or says how long until the next is allowed. */
    async takeSignUp(address: string): Promise<RateDecision> {
      try {
        await signUps.consume(address);
        return ALLOWED;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: retryAfterOf(rejection) };
        throw rejection;
      }
    },
  };
}

export const rateLimits = createRateLimits(db);

/** The words the forms and the API show when a limit is reached. */
export function rateLimitMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
