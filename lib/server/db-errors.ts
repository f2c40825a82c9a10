import "server-only";
/** Prisma's unique-constraint violation (P2002), whichever driver adapter raised it: a concurrent request wrote the row first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
