/** Longer than this is a learner who walked away, not thinking time; it would swamp averages. */
export const MAX_ANSWER_TIME_MS = 10 * 60 * 1000;

/** Time spent on one answer: since the previous answer (or the attempt start), clamped to 0..MAX_ANSWER_TIME_MS. */
export function answerTimeMs(previousAt: Date, now: Date): number {
  const elapsed = now.getTime() - previousAt.getTime();
  if (!Number.isFinite(elapsed) || elapsed < 0) return 0;
  return Math.min(Math.round(elapsed), MAX_ANSWER_TIME_MS);
}

/** The moment an answer's time is measured from: the latest earlier answer, else the start. */
export function previousAnswerAt(startedAt: Date, answeredAt: readonly Date[]): Date {
  let latest = startedAt;
  for (const at of answeredAt) if (at.getTime() > latest.getTime()) latest = at;
  return latest;
}

/** "1 min 05 s", "42 s": short enough for the end screen. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, "0")} min`;
  if (minutes > 0) return `${minutes} min ${String(seconds).padStart(2, "0")} s`;
  return `${seconds} s`;
}
