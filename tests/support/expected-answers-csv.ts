// The answers CSV worked out the plain way, row by row through Prisma (answers with their attempts, sorted in code), as
// the oracle the streamed, database-aggregated file must equal byte for byte.
import { answerRowsCsv, type CsvAnswer } from "@/lib/domain/results/results-csv";
import { storedResponseText } from "@/lib/domain/results/response-text";
import type { DatabaseClient } from "@/lib/server/db";

/** `students`: the status table's order, with each one's counting attempt number. */
export async function expectedAnswersCsv(
  db: DatabaseClient,
  assignmentId: string,
  students: readonly { name: string; countedAttemptNumber: number | null }[],
): Promise<string> {
  const assignment = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { title: true, classroom: { select: { name: true } } } });
  const questions = await db.assignmentQuestion.findMany({ where: { assignmentId }, orderBy: { position: "asc" }, select: { question: { select: { id: true, payloadJson: true } } } });
  const answers = await db.quizAnswer.findMany({
    where: { attempt: { assignmentId } },
    include: { attempt: { select: { attemptNumber: true, user: { select: { name: true, email: true } } } } },
  });
  const numberOf = (questionId: string) => questions.findIndex((q) => q.question.id === questionId) + 1;
  const rows: (CsvAnswer & { order: number })[] = answers.map((a) => {
    const q = JSON.parse(questions[numberOf(a.questionId) - 1]!.question.payloadJson) as { kind: string; prompt: string };
    const order = students.findIndex((s) => s.name === a.attempt.user.name);
    return {
      order, studentName: a.attempt.user.name, email: a.attempt.user.email, attemptNumber: a.attempt.attemptNumber ?? 1,
      counted: students[order]?.countedAttemptNumber === a.attempt.attemptNumber, questionNumber: numberOf(a.questionId), questionId: a.questionId,
      kind: q.kind, prompt: q.prompt, response: storedResponseText(a.responseJson),
      correct: a.correct, score: a.score, timeMs: a.timeMs, answeredAt: a.answeredAt,
    };
  });
  rows.sort((x, y) => x.order - y.order || x.attemptNumber - y.attemptNumber || x.questionNumber - y.questionNumber);
  return answerRowsCsv({ className: assignment.classroom.name, title: assignment.title }, rows);
}
