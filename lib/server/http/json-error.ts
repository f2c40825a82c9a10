import "server-only";
import { publicErrorFor, publicErrorOf, type AppErrorCode } from "@/lib/domain/errors/app-error";
import { namingDatabaseFailure } from "@/lib/database-failure";

const NO_STORE = { "Cache-Control": "no-store" };

/** Every JSON error a route handler sends: `{ "error": { "code": "kebab-case", "message": "…" } }`, never cached. */
export function jsonError(code: AppErrorCode, message?: string): Response {
  const { status, ...error } = publicErrorFor(code, message);
  return Response.json({ error }, { status, headers: NO_STORE });
}

/** A thrown error as a JSON answer: an AppError by its catalogue entry; anything else logged and a plain 500. */
export function jsonErrorFrom(error: unknown, what: string): Response {
  const known = publicErrorOf(namingDatabaseFailure(error));
  if (known) return jsonError(known.code, known.message);
  console.error(`${what} failed`, error);
  return jsonError("internal");
}
