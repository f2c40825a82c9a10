import type { Question } from "../generation/question-types";
import type { AssignmentQuestionView } from "./views";

/** A bank question as a teacher previews it. */
export function toQuestionPreview(q: Question): AssignmentQuestionView {
  return {
    id: q.id,
    kind: q.kind,
    prompt: q.prompt,
    answer: Array.isArray(q.answer) ? q.answer.join(" → ") : q.answer,
    choices: q.choices ? [...q.choices] : null,
    quote: q.source.quote,
    documentTitle: q.source.documentTitle,
  };
}
