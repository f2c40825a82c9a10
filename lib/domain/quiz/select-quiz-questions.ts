import { seededRng, shuffle } from "../generation/prng";
import type { QuestionKind } from "../generation/question-types";
import { sharesAny, siblingKeys, type SiblingSource } from "../generation/sibling-keys";
import type { QuizScope } from "./quiz-scope";

/** The part of a Question that picking needs. */
export interface SelectableQuestion {
  id: string;
  kind: QuestionKind;
  source: { documentId: string; sentenceId?: string };
  factIds: readonly string[];
}

export interface QuizSelectionInput<Q extends SelectableQuestion> {
  questions: readonly Q[];
  scope: QuizScope;
  /** Empty or absent: every kind. */
  kinds?: readonly QuestionKind[];
  count: number;
  /** E.g. the attempt id: the same seed and bank give the same questions in the same order. */
  seed: string;
}

export interface QuizSelection<Q> {
  questions: Q[];
  requested: number;
  /** How many questions matched the scope and kinds. */
  available: number;
  /** True when fewer questions matched than were asked for: the quiz takes what there is. */
  short: boolean;
}

export function inScope(question: SelectableQuestion, scope: QuizScope): boolean {
  if (scope.type === "lesson") return question.source.documentId === scope.documentId;
  // The timeline quiz asks about dated facts; a question tied to no fact is not a timeline question.
  if (scope.type === "timeline") return question.factIds.length > 0;
  return true;
}

/**
 * In the order given (a seeded shuffle), each question unless it shares a fact or sentence with one already taken:
 * the one rule for self-study quizzes and teachers' drawn assignments alike.
 */
export function withoutSiblings<Q extends SiblingSource>(questions: readonly Q[], count: number): Q[] {
  const taken = new Set<string>();
  const picked: Q[] = [];
  for (const question of questions) {
    if (picked.length >= count) break;
    const keys = siblingKeys(question);
    if (sharesAny(keys, taken)) continue;
    keys.forEach((key) => taken.add(key));
    picked.push(question);
  }
  return picked;
}

/**
 * Filters by scope and kinds, then a seeded shuffle; independent of the order the bank was listed in.
 * No two questions share a fact or a sentence, so one answer never gives another away.
 */
export function selectQuizQuestions<Q extends SelectableQuestion>(input: QuizSelectionInput<Q>): QuizSelection<Q> {
  const kinds = input.kinds && input.kinds.length > 0 ? new Set(input.kinds) : null;
  const matching = input.questions
    .filter((q) => inScope(q, input.scope) && (!kinds || kinds.has(q.kind)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const requested = Math.max(0, Math.floor(input.count));
  const picked = withoutSiblings(shuffle(matching, seededRng(input.seed)), requested);
  return { questions: picked, requested, available: matching.length, short: picked.length < requested };
}
