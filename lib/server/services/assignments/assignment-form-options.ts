import "server-only";
import { toQuestionPreview } from "@/lib/domain/assignments/question-preview";
import type { AssignmentQuestionView } from "@/lib/domain/assignments/views";
import { db } from "@/lib/server/db";
import { listActiveQuestions } from "@/lib/server/services/question-bank";

export interface AssignmentFormOptions {
  lessons: { id: string; title: string }[];
  bank: { lessonTitle: string; questions: AssignmentQuestionView[] }[];
}

/** What the assignment form offers: the lessons, and the whole bank by lesson for hand-picking. */
export async function loadAssignmentFormOptions(): Promise<AssignmentFormOptions> {
  const [documents, questions] = await Promise.all([
    db.contentDocument.findMany({ where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, title: true } }),
    listActiveQuestions(),
  ]);
  const byLesson = new Map<string, AssignmentQuestionView[]>();
  for (const q of questions) {
    const list = byLesson.get(q.source.documentId) ?? [];
    list.push(toQuestionPreview(q));
    byLesson.set(q.source.documentId, list);
  }
  return {
    lessons: documents,
    bank: documents.flatMap((d) => {
      const list = byLesson.get(d.id);
      return list ? [{ lessonTitle: d.title, questions: list }] : [];
    }),
  };
}
