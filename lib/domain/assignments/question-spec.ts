import { z } from "zod";
import { seededRng, shuffle } from "../generation/prng";
import { QUESTION_KINDS, type QuestionKind } from "../generation/question-types";
import type { SiblingSource } from "../generation/sibling-keys";
import { withoutSiblings } from "../quiz/select-quiz-questions";

export const MAX_ASSIGNMENT_QUESTIONS = 50;

/** How an assignment's questions are chosen: drawn at random from a filter, or hand-picked. Stored as specJson. */
export const questionSpecSchema = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("draw"),
    /** Empty: every lesson. */
    documentIds: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/)).max(50),
    /** A timeline span: questions about a fact dated in these years (inclusive); null bounds are open. */
    fromYear: z.number().int().min(-5000).max(3000).nullable(),
    toYear: z.number().int().min(-5000).max(3000).nullable(),
    kinds: z.array(z.enum(QUESTION_KINDS as [QuestionKind, ...QuestionKind[]])).min(1),
    count: z.number().int().min(1).max(MAX_ASSIGNMENT_QUESTIONS),
  }),
  z.object({
    mode: z.literal("pick"),
    questionIds: z.array(z.string().min(1).max(200)).min(1).max(MAX_ASSIGNMENT_QUESTIONS),
  }),
]);
export type QuestionSpec = z.infer<typeof questionSpecSchema>;

/** A stored spec; null when the row holds something else (an old or damaged payload). */
export function parseQuestionSpec(json: string): QuestionSpec | null {
  try {
    const parsed = questionSpecSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What drawing needs to know of a bank question (its facts and sentence: a draw never takes two siblings). */
export interface DrawableQuestion extends SiblingSource {
  id: string;
  kind: QuestionKind;
  documentId: string;
  /** Years of the dated facts the question is about (empty for undated ones). */
  years: readonly number[];
}

export interface DrawResult {
  questionIds: string[];
  /** How many questions matched the filter (siblings included: fewer may be drawn than match). */
  available: number;
}

function matchesDraw(q: DrawableQuestion, spec: Extract<QuestionSpec, { mode: "draw" }>): boolean {
  if (!spec.kinds.includes(q.kind)) return false;
  if (spec.documentIds.length > 0 && !spec.documentIds.includes(q.documentId)) return false;
  if (spec.fromYear === null && spec.toYear === null) return true;
  const from = spec.fromYear ?? -Infinity;
  const to = spec.toYear ?? Infinity;
  return q.years.some((year) => year >= from && year <= to);
}

/**
 * The questions a spec gives, in order: a seeded draw (same seed, same bank → same questions) or the picked ones
 * still in the bank. `excluded` are questions the teacher dropped from this class.
 */
export function drawQuestions(
  bank: readonly DrawableQuestion[],
  spec: QuestionSpec,
  seed: string,
  excluded: ReadonlySet<string> = new Set(),
): DrawResult {
  if (spec.mode === "pick") {
    const inBank = new Set(bank.map((q) => q.id));
    const ids = [...new Set(spec.questionIds)].filter((id) => inBank.has(id) && !excluded.has(id));
    return { questionIds: ids, available: ids.length };
  }
  const matching = bank
    .filter((q) => !excluded.has(q.id) && matchesDraw(q, spec))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const picked = withoutSiblings(shuffle(matching, seededRng(seed)), spec.count);
  return { questionIds: picked.map((q) => q.id), available: matching.length };
}

/** One student's order of the assignment's questions: shuffled by the attempt when the teacher asked for it. */
export function questionOrderFor(questionIds: readonly string[], shuffled: boolean, attemptSeed: string): string[] {
  return shuffled ? shuffle(questionIds, seededRng(`questions:${attemptSeed}`)) : [...questionIds];
}

/** One student's order of a question's choices: shuffled by attempt and question, so a reload shows the same order. */
export function choiceOrderFor(choices: readonly string[], shuffled: boolean, attemptSeed: string, questionId: string): string[] {
  return shuffled ? shuffle(choices, seededRng(`choices:${attemptSeed}:${questionId}`)) : [...choices];
}
