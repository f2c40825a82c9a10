import "server-only";
import type { ExtremeGroups, QuestionTally } from "@/lib/domain/results/item-statistics";
import { storedResponseText } from "@/lib/domain/results/response-text";
import { db } from "@/lib/server/db";

/**
 * Each question's counts over the counting attempts, summed by the database (four GROUP BY statements whatever the
 * class size): correct answers overall and in the upper and lower groups, and the wrong answers by response.
 */
export async function loadQuestionTallies(groups: ExtremeGroups): Promise<Map<string, QuestionTally>> {
  const tallies = new Map<string, QuestionTally & { wrongResponses: { response: string; count: number }[] }>();
  if (groups.all.length === 0) return tallies;
  const correctIn = (attemptIds: string[]) =>
    db.quizAnswer.groupBy({ by: ["questionId"], where: { attemptId: { in: attemptIds }, correct: true }, _count: { _all: true } });
  const [correct, upper, lower, wrong] = await Promise.all([
    correctIn(groups.all),
    correctIn(groups.upper),
    correctIn(groups.lower),
    db.quizAnswer.groupBy({ by: ["questionId", "responseJson"], where: { attemptId: { in: groups.all }, correct: false }, _count: { _all: true } }),
  ]);
  const tallyOf = (questionId: string) => {
    let tally = tallies.get(questionId);
    if (!tally) tallies.set(questionId, (tally = { correct: 0, upperCorrect: 0, lowerCorrect: 0, wrongResponses: [] }));
    return tally;
  };
  for (const row of correct) tallyOf(row.questionId).correct = row._count._all;
  for (const row of upper) tallyOf(row.questionId).upperCorrect = row._count._all;
  for (const row of lower) tallyOf(row.questionId).lowerCorrect = row._count._all;
  for (const row of wrong) tallyOf(row.questionId).wrongResponses.push({ response: storedResponseText(row.responseJson), count: row._count._all });
  return tallies;
}
