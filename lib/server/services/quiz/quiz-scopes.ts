import "server-only";
import { lessonScope, parseQuizScope, quizScopeName, type QuizScopeName } from "@/lib/domain/quiz";
import type { QuizScopeChoice } from "@/lib/domain/quiz/views";
import { db } from "@/lib/server/db";
import { documentsVisibleTo } from "@/lib/server/services/library/document-visibility";

/** What a quiz can cover: everything, the timeline, or one lesson that has questions. */
export async function listQuizScopeOptions(userId: string): Promise<QuizScopeChoice[]> {
  const documents = await db.contentDocument.findMany({
    where: documentsVisibleTo(userId),
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: { id: true, title: true, _count: { select: { questions: { where: { retiredAt: null, hiddenAt: null } } } } },
  });
  return [
    { value: "mixed", lessonTitle: null },
    { value: "timeline", lessonTitle: null },
    ...documents.filter((doc) => doc._count.questions > 0).map((doc) => ({ value: lessonScope(doc.id), lessonTitle: doc.title })),
  ];
}

/** A heading for an attempt's scope ("Mixed quiz", "Quiz on <lesson title>"), to be worded by the page. */
export async function describeQuizScope(scopeText: string): Promise<QuizScopeName> {
  const scope = parseQuizScope(scopeText);
  const doc =
    scope?.type === "lesson"
      ? await db.contentDocument.findUnique({ where: { id: scope.documentId }, select: { title: true } })
      : null;
  return quizScopeName(scopeText, () => doc?.title);
}
