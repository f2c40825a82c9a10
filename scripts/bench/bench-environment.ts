// Imported first by bench-answers.ts: the app modules the in-process profile loads read DATABASE_URL and
// NEXTAUTH_SECRET once at import, so both must name the bench's own files before anything else loads.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const BENCH_DIR = path.resolve(".data/bench");
/** The database the server under load uses. */
export const SERVER_DB_FILE = path.join(BENCH_DIR, "answers.db");
/** A copy taken after seeding, written only by the in-process profile (so the server's rows stay its own). */
export const PROFILE_DB_FILE = path.join(BENCH_DIR, "answers-profile.db");
/** A scratch database for the raw insert baseline. */
export const INSERT_DB_FILE = path.join(BENCH_DIR, "insert-baseline.db");

export const AUTH_SECRET = randomBytes(32).toString("base64");

export function fileUrl(file: string): string {
  return pathToFileURL(file).href;
}

process.env.DATABASE_URL = fileUrl(PROFILE_DB_FILE);
process.env.NEXTAUTH_SECRET = AUTH_SECRET;
