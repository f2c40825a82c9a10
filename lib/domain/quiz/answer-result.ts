import { lessonHref } from "@/lib/domain/content/lesson-link";
import type { Question } from "@/lib/domain/generation/question-types";
import type { AnswerResponse } from "@/lib/domain/scoring/gradable-question";
import type { AnswerResultView } from "@/lib/domain/quiz/views";

/** A chronology score is pairs in order ÷ all pairs, so the pairs follow from the stored score: no re-grading. */
function pairsOf(question: Question, score: number): AnswerResultView["pairs"] {
  if (!Array.isArray(question.answer)) return null;
  const n = question.answer.length;
  const total = (n * (n - 1)) / 2;
  return total > 0 ? { inOrder: Math.round(score * total), total } : null;
}

/** The one shape of a graded answer, from the question and the answer as recorded. */
export function answerResultOf(
  question: Question,
  answer: { response: AnswerResponse; correct: boolean; score: number },
  progress: { answered: number; total: number; finished: boolean },
): AnswerResultView {
  return {
    questionId: question.id,
    correct: answer.correct,
    score: answer.score,
    response: typeof answer.response === "string" ? answer.response : [...answer.response],
    expected: Array.isArray(question.answer) ? [...question.answer] : question.answer,
    pairs: pairsOf(question, answer.score),
    quote: question.source.quote,
    lessonHref: lessonHref(question.source),
    ...progress,
  };
}
