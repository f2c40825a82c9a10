// Classical item analysis over each student's counting attempt (Moodle Quiz's facility and discrimination).

/** One student's counting attempt: its total score and what they answered. */
export interface ScoredStudent {
  studentId: string;
  /** 0..1 over the assignment's questions, unanswered counting 0. */
  total: number;
  /** By question id; a question left unanswered is absent (it counts as wrong). */
  answers: ReadonlyMap<string, { correct: boolean; response: string }>;
}

export interface ItemStatistics {
  questionId: string;
  /** Students whose counting attempt this is over (the denominator). */
  students: number;
  /** Share of those students who answered correctly, 0..1; null without any student. */
  facility: number | null;
  /** Upper 27% facility minus lower 27% facility, −1..1; null with fewer than MIN_FOR_DISCRIMINATION students. */
  discrimination: number | null;
  /** The wrong answer given most often (ties: alphabetical), with how many gave it; null when no one erred in writing. */
  commonWrong: { response: string; count: number } | null;
  flags: ItemFlag[];
}

export type ItemFlag = "too-hard" | "low-discrimination";

export const FACILITY_FLOOR = 0.3;
export const DISCRIMINATION_FLOOR = 0.2;
/** Below four students the upper and lower groups are one student each, or overlap: no figure. */
export const MIN_FOR_DISCRIMINATION = 4;
const GROUP_SHARE = 0.27;

/** Kelley's group size: 27% of the students, at least one. */
export function extremeGroupSize(students: number): number {
  return Math.max(1, Math.round(students * GROUP_SHARE));
}

// Rounded so 0.5 − 0.3 compares as 0.2 against the floor, not 0.19999999999999998.
const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

function shareCorrect(group: readonly ScoredStudent[], questionId: string): number {
  if (group.length === 0) return 0;
  return tidy(group.filter((s) => s.answers.get(questionId)?.correct === true).length / group.length);
}

function mostCommonWrong(students: readonly ScoredStudent[], questionId: string): ItemStatistics["commonWrong"] {
  const counts = new Map<string, number>();
  for (const student of students) {
    const answer = student.answers.get(questionId);
    if (answer && !answer.correct && answer.response !== "") counts.set(answer.response, (counts.get(answer.response) ?? 0) + 1);
  }
  let best: { response: string; count: number } | null = null;
  for (const [response, count] of counts) {
    if (!best || count > best.count || (count === best.count && response < best.response)) best = { response, count };
  }
  return best;
}

/**
 * Facility (share correct), discrimination by the upper–lower 27% method (students ranked by their total score,
 * ties broken by id so the figure repeats), the most-chosen wrong answer, and the flags a teacher should look at.
 */
export function itemStatistics(questionIds: readonly string[], students: readonly ScoredStudent[]): ItemStatistics[] {
  const ranked = [...students].sort((a, b) => b.total - a.total || (a.studentId < b.studentId ? -1 : 1));
  const size = extremeGroupSize(ranked.length);
  const upper = ranked.slice(0, size);
  const lower = ranked.slice(ranked.length - size);
  return questionIds.map((questionId) => {
    const facility = ranked.length === 0 ? null : shareCorrect(ranked, questionId);
    const discrimination =
      ranked.length < MIN_FOR_DISCRIMINATION ? null : tidy(shareCorrect(upper, questionId) - shareCorrect(lower, questionId));
    const flags: ItemFlag[] = [];
    if (facility !== null && facility < FACILITY_FLOOR) flags.push("too-hard");
    if (discrimination !== null && discrimination < DISCRIMINATION_FLOOR) flags.push("low-discrimination");
    return { questionId, students: ranked.length, facility, discrimination, commonWrong: mostCommonWrong(ranked, questionId), flags };
  });
}
