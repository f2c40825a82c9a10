import "server-only";
import { parseQuizScope, quizScopeLabel } from "@/lib/domain/quiz";
import type { QuizScopeOptionView } from "@/lib/domain/quiz/views";
import { db } from "@/lib/server/db";
import { documentsVisibleTo } from "@/lib/server/services/library/document-visibility";

/** What a quiz can cover: everything, the timeline, or one lesson that has questions. */
export async function listQuizScopeOptions(userId: string): Promise<QuizScopeOptionView[]> {
  const documents = await db.contentDocument.findMany({
    where: documentsVisibleTo(userId),
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: { id: true, title: true, _count: { select: { questions: { where: { retiredAt: null, hiddenAt: null } } } } },
  });
  return [
    { value: "mixed", label: "Mixed: every lesson" },
    { value: "timeline", label: "Timeline: dates and events" },
    ...documents
      .filter((doc) => doc._count.questions > 0)
      .map((doc) => ({ value: `lesson:${doc.id}`, label: `Lesson: ${doc.title}` })),
  ];
}

/** A heading for an attempt's scope ("Mixed quiz", "Quiz on <lesson title>"). */
export async function describeQuizScope(scopeText: string): Promise<string> {
  const scope = parseQuizScope(scopeText);
  const doc =
    scope?.type === "lesson"
      ? await db.contentDocument.findUnique({ where: { id: scope.documentId }, select: { title: true } })
      : null;
  return quizScopeLabel(scopeText, () => doc?.title);
}
