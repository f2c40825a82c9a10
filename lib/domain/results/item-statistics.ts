// Classical item analysis over each student's counting attempt (Moodle Quiz's facility and discrimination).
// The database counts (correct answers per question, overall and in each extreme group; wrong answers per
// response); this module ranks the students, sizes the groups and turns the counts into figures and flags.

/** One student's counting attempt and its total score (0..1 over the assignment's questions). */
export interface RankedAttempt {
  studentId: string;
  attemptId: string;
  total: number;
}

/** The counting attempts, and the upper and lower 27% of them by total score. */
export interface ExtremeGroups {
  all: string[];
  upper: string[];
  lower: string[];
}

/** One question's counts over the counting attempts; a question left unanswered counts as wrong. */
export interface QuestionTally {
  correct: number;
  upperCorrect: number;
  lowerCorrect: number;
  /** Wrong answers by their text (empty texts left out), any order. */
  wrongResponses: readonly { response: string; count: number }[];
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

/** Students ranked by their total score, ties broken by student id so the figure repeats. */
export function extremeGroups(attempts: readonly RankedAttempt[]): ExtremeGroups {
  const ranked = [...attempts].sort((a, b) => b.total - a.total || (a.studentId < b.studentId ? -1 : 1));
  const size = extremeGroupSize(ranked.length);
  return {
    all: ranked.map((a) => a.attemptId),
    upper: ranked.slice(0, size).map((a) => a.attemptId),
    lower: ranked.slice(Math.max(0, ranked.length - size)).map((a) => a.attemptId),
  };
}

// Rounded so 0.5 − 0.3 compares as 0.2 against the floor, not 0.19999999999999998.
const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

function mostCommonWrong(responses: QuestionTally["wrongResponses"]): ItemStatistics["commonWrong"] {
  // Two stored forms of one text (an ordering's JSON, a typed answer's spaces) count as one answer.
  const counts = new Map<string, number>();
  for (const { response, count } of responses) if (response !== "") counts.set(response, (counts.get(response) ?? 0) + count);
  let best: { response: string; count: number } | null = null;
  for (const [response, count] of counts) {
    if (!best || count > best.count || (count === best.count && response < best.response)) best = { response, count };
  }
  return best;
}

const NO_ANSWERS: QuestionTally = { correct: 0, upperCorrect: 0, lowerCorrect: 0, wrongResponses: [] };

/**
 * Facility (share correct), discrimination by the upper–lower 27% method, the most-chosen wrong answer, and the
 * flags a teacher should look at, from the groups and each question's counts.
 */
export function itemStatistics(
  questionIds: readonly string[],
  groups: ExtremeGroups,
  tallies: ReadonlyMap<string, QuestionTally>,
): ItemStatistics[] {
  const students = groups.all.length;
  const size = groups.upper.length;
  return questionIds.map((questionId) => {
    const tally = tallies.get(questionId) ?? NO_ANSWERS;
    const facility = students === 0 ? null : tidy(tally.correct / students);
    const discrimination =
      students < MIN_FOR_DISCRIMINATION ? null : tidy(tidy(tally.upperCorrect / size) - tidy(tally.lowerCorrect / size));
    const flags: ItemFlag[] = [];
    if (facility !== null && facility < FACILITY_FLOOR) flags.push("too-hard");
    if (discrimination !== null && discrimination < DISCRIMINATION_FLOOR) flags.push("low-discrimination");
    return { questionId, students, facility, discrimination, commonWrong: mostCommonWrong(tally.wrongResponses), flags };
  });
}
