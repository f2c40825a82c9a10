import "server-only";
import type { DatabaseClient } from "@/lib/server/db";

export type DocumentWhere = NonNullable<NonNullable<Parameters<DatabaseClient["contentDocument"]["findMany"]>[0]>["where"]>;

/**
 * The documents one person may read: the seed lessons (no owner) for everyone; a teacher's document for that
 * teacher and the current students of the classes it is published to. Signed out: the seed lessons only.
 * Every read of lessons, facts or questions for a learner goes through this filter.
 */
export function documentsVisibleTo(userId: string | null): DocumentWhere {
  if (!userId) return { ownerId: null, retiredAt: null };
  return {
    retiredAt: null,
    OR: [
      { ownerId: null },
      { ownerId: userId },
      { publications: { some: { classroom: { memberships: { some: { studentId: userId, endedAt: null } } } } } },
    ],
  };
}

/** The documents a class works with (assignment pickers, class results): the seed lessons and those published to it. */
export function documentsOfClass(classId: string): DocumentWhere {
  return { retiredAt: null, OR: [{ ownerId: null }, { publications: { some: { classId } } }] };
}
