import "server-only";
import { Prisma } from "@/lib/generated/prisma/sqlite/client";
import type { ExtremeGroups, QuestionTally } from "@/lib/domain/results/item-statistics";
import { storedResponseText } from "@/lib/domain/results/response-text";
import { db } from "@/lib/server/db";

// 1 for a correct answer by one of `attemptIds`, else 0; SQLite's 0/1 and PostgreSQL's boolean both read as truth.
const correctBy = (attemptIds: readonly string[]) =>
  attemptIds.length === 0 ? Prisma.sql`0` : Prisma.sql`CASE WHEN q."correct" AND q."attemptId" IN (${Prisma.join([...attemptIds])}) THEN 1 ELSE 0 END`;

/**
 * Each question's counts over the counting attempts, summed by the database in two GROUP BY statements whatever the
 * class size: correct answers overall and in the upper and lower groups, and the wrong answers by response.
 */
export async function loadQuestionTallies(groups: ExtremeGroups): Promise<Map<string, QuestionTally>> {
  const tallies = new Map<string, QuestionTally & { wrongResponses: { response: string; count: number }[] }>();
  if (groups.all.length === 0) return tallies;
  const [correct, wrong] = await Promise.all([
    db.$queryRaw<{ questionId: string; correct: unknown; upperCorrect: unknown; lowerCorrect: unknown }[]>`
      SELECT q."questionId", SUM(CASE WHEN q."correct" THEN 1 ELSE 0 END) AS "correct",
        SUM(${correctBy(groups.upper)}) AS "upperCorrect", SUM(${correctBy(groups.lower)}) AS "lowerCorrect"
      FROM "QuizAnswer" q WHERE q."attemptId" IN (${Prisma.join(groups.all)}) GROUP BY q."questionId"`,
    db.quizAnswer.groupBy({ by: ["questionId", "responseJson"], where: { attemptId: { in: groups.all }, correct: false }, _count: { _all: true } }),
  ]);
  const tallyOf = (questionId: string) => {
    let tally = tallies.get(questionId);
    if (!tally) tallies.set(questionId, (tally = { correct: 0, upperCorrect: 0, lowerCorrect: 0, wrongResponses: [] }));
    return tally;
  };
  for (const row of correct) {
    const tally = tallyOf(String(row.questionId));
    // PostgreSQL sums to a bigint, SQLite to a number.
    tally.correct = Number(row.correct);
    tally.upperCorrect = Number(row.upperCorrect);
    tally.lowerCorrect = Number(row.lowerCorrect);
  }
  for (const row of wrong) tallyOf(row.questionId).wrongResponses.push({ response: storedResponseText(row.responseJson), count: row._count._all });
  return tallies;
}
