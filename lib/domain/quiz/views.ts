// What the quiz pages hand their components: plain, serialisable data, never an answer before it is given.
import type { Question, QuestionKind } from "@/lib/domain/generation/question-types";
import type { AnswerResponse } from "@/lib/domain/scoring/gradable-question";

/** One choice of what a quiz covers, for the start form. */
export interface QuizScopeOptionView {
  value: string;
  label: string;
}

/** What a quiz can cover, before it is worded: everything, the timeline, or one lesson (with its title). */
export type QuizScopeChoice = { value: "mixed" | "timeline"; lessonTitle: null } | { value: string; lessonTitle: string };

/** What the browser may see before answering: never the answer itself. */
export interface QuizQuestionView {
  id: string;
  kind: QuestionKind;
  prompt: string;
  /** Choices in display order; for chronology, the events in their starting order. */
  choices: string[] | null;
}

export function toQuestionView(question: Question): QuizQuestionView {
  let choices = question.choices && question.choices.length > 0 ? [...question.choices] : null;
  if (question.kind === "true-false" && !choices) choices = ["True", "False"];
  // A chronology question always needs its events; sorted, they give nothing away.
  if (question.kind === "chronology" && !choices && Array.isArray(question.answer)) choices = [...question.answer].sort();
  return { id: question.id, kind: question.kind, prompt: question.prompt, choices };
}

/**
 * One recorded answer as the learner sees it: the JSON answer route returns it, and the attempt page shows it
 * after the form posts. Built by answerResultOf from the stored answer, so nothing is graded twice.
 */
export interface AnswerResultView {
  questionId: string;
  correct: boolean;
  /** 0..1; fractional only for chronology. */
  score: number;
  /** What the learner gave. */
  response: AnswerResponse;
  expected: string | string[];
  /** Chronology: how many pairs of events are in the right order; null for other kinds. */
  pairs: { inOrder: number; total: number } | null;
  quote: string;
  lessonHref: string;
  answered: number;
  total: number;
  finished: boolean;
}
