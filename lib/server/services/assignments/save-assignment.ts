import "server-only";
import { randomUUID } from "node:crypto";
import type { AssignmentFormInput } from "@/lib/domain/assignments/inputs";
import { drawQuestions, type QuestionSpec } from "@/lib/domain/assignments/question-spec";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { db } from "@/lib/server/db";
import { loadOwnedClass } from "@/lib/server/services/classes/owned-class";
import { loadDrawableBank, loadExcludedQuestions } from "./assignment-bank";
import { loadOwnedAssignment } from "./owned-assignment";

function specOf(input: AssignmentFormInput): QuestionSpec {
  return input.mode === "pick"
    ? { mode: "pick", questionIds: input.questionIds }
    : {
        mode: "draw",
        documentIds: input.documentIds,
        fromYear: input.fromYear,
        toYear: input.toYear,
        kinds: input.kinds,
        count: input.count ?? 1,
      };
}

function columnsOf(input: AssignmentFormInput, spec: QuestionSpec) {
  return {
    title: input.title,
    specJson: JSON.stringify(spec),
    shuffleQuestions: input.shuffleQuestions,
    shuffleChoices: input.shuffleChoices,
    opensAt: input.opensAt,
    dueAt: input.dueAt as Date, // the form schema requires it
    lateUntil: input.lateUntil,
    timeLimitMinutes: input.timeLimitMinutes,
    attemptsAllowed: input.attemptsAllowed,
    grading: input.grading,
    reviewPolicy: input.reviewPolicy,
  };
}

/**
 * Creates a draft, or saves changes to an assignment nobody has started: the rules, and the questions drawn
 * (or picked) now, so the teacher sees exactly what will be published.
 */
export async function saveAssignment(
  teacherId: string,
  input: AssignmentFormInput,
  assignmentId?: string,
): Promise<{ assignmentId: string; questionCount: number; available: number }> {
  const owned = await loadOwnedClass(teacherId, input.classId);
  if (owned.archivedAt) throw new ClassError("class-archived");
  if (assignmentId) {
    const existing = await loadOwnedAssignment(teacherId, assignmentId);
    if (existing.classId !== input.classId) throw new ClassError("assignment-not-found");
    if (existing.started) throw new ClassError("assignment-started");
  }
  const spec = specOf(input);
  const id = assignmentId ?? randomUUID();
  const [bank, excluded] = await Promise.all([loadDrawableBank(input.classId), loadExcludedQuestions(input.classId)]);
  const drawn = drawQuestions(bank, spec, id, excluded);
  if (drawn.questionIds.length === 0) throw new ClassError("not-enough-questions");
  const rows = drawn.questionIds.map((questionId, position) => ({ questionId, position }));
  const columns = columnsOf(input, spec);
  await db.$transaction(async (tx) => {
    if (assignmentId) {
      // Checked again inside the transaction: a student may have started meanwhile.
      const attempts = await tx.quizAttempt.count({ where: { assignmentId } });
      if (attempts > 0) throw new ClassError("assignment-started");
      await tx.assignmentQuestion.deleteMany({ where: { assignmentId } });
      await tx.assignment.update({ where: { id }, data: { ...columns, questions: { create: rows } }, select: { id: true } });
    } else {
      await tx.assignment.create({ data: { id, classId: input.classId, ...columns, questions: { create: rows } }, select: { id: true } });
    }
  });
  return { assignmentId: id, questionCount: rows.length, available: drawn.available };
}
