import "server-only";
import { toQuestionPreview } from "@/lib/domain/assignments/question-preview";
import type { AssignmentQuestionView } from "@/lib/domain/assignments/views";
import { db } from "@/lib/server/db";
import { listActiveQuestions } from "@/lib/server/services/question-bank";
import { documentsOfClass } from "@/lib/server/services/library/document-visibility";

export interface AssignmentFormOptions {
  lessons: { id: string; title: string }[];
  bank: { lessonTitle: string; questions: AssignmentQuestionView[] }[];
}

/**
 * What the assignment form offers for one class: its lessons (the seed ones and the teacher's documents
 * published to it), and their whole bank by lesson for hand-picking.
 */
export async function loadAssignmentFormOptions(classId: string): Promise<AssignmentFormOptions> {
  const [documents, questions] = await Promise.all([
    db.contentDocument.findMany({ where: documentsOfClass(classId), orderBy: [{ position: "asc" }, { title: "asc" }], select: { id: true, title: true } }),
    listActiveQuestions(documentsOfClass(classId)),
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
