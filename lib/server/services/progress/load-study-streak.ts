import "server-only";
import { studyStreak, type DayZone, type StudyStreak } from "@/lib/domain/progress";
import { db } from "@/lib/server/db";

/** The learner's study-day streak and any milestone reached today, from their review log. */
export async function loadStudyStreak(userId: string, now: Date, zone: DayZone): Promise<StudyStreak> {
  const reviews = await db.reviewLog.findMany({ where: { userId, reviewedAt: { lte: now } }, select: { cardId: true, reviewedAt: true } });
  return studyStreak(reviews, now, zone);
}
