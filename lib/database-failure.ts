import { AppError } from "@/lib/domain/errors/app-error";

// Shared by route handlers and form actions (whose result helpers client components import too), so it
// stays free of server-only imports: it only reads the shape of an error.

// P1xxx: the server can't be reached or timed out (P1008 is also SQLite's write lock held past the wait);
// P2024/P2028: no connection or transaction in time; P2021 and "no such table": the tables are missing
// (database gone or never migrated).
const UNAVAILABLE_CODES = new Set(["P2021", "P2024", "P2028"]);

/** The database could not do the work right now (locked, unreachable, missing): answer 503, not 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, name } = error as { code?: unknown; name?: unknown };
  if (typeof code === "string" && (code.startsWith("P1") || UNAVAILABLE_CODES.has(code))) return true;
  // The driver's own failures that are no fault of the request: read-only file, disk full, I/O error, can't open.
  const message = error instanceof Error ? error.message : "";
  return name === "PrismaClientInitializationError" || /SQLITE_(READONLY|FULL|IOERR|CANTOPEN|BUSY|LOCKED)|readonly database|no such table/i.test(message);
}

/** A database failure as the catalogue's "database-unavailable" (503, "not saved"); any other error unchanged. */
export function namingDatabaseFailure(error: unknown): unknown {
  return isDatabaseUnavailable(error) ? new AppError("database-unavailable") : error;
}
