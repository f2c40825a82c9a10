// The self-check gate: every candidate question passes each check or is dropped before it reaches the
// bank, and the drops are counted per check so an ingest can say what was rejected and why.
import type { DatedFact } from "../../document/facts/fact-types";
import type { Document } from "../../document/types";
import type { Question } from "../question-types";
import { answerInPrompt } from "./answer-in-prompt-check";
import { citation } from "./citation-check";
import { duplicateChoices } from "./choices-check";
import { notSelfContained } from "./context-check";
import { brokenGrammar } from "./grammar-check";
import { textHole } from "./hole-check";
import { markdownText } from "./markdown-check";
import { repeatedEvent } from "./repeated-event-check";
import { ambiguousSpan } from "./span-check";
import { wrongYear } from "./year-attachment-check";

export const GATE_CHECKS = [
  "markdown", "citation", "text-hole", "grammar", "wrong-year", "span", "answer-in-prompt", "context", "repeated-event",
  "duplicate-choice", "duplicate-prompt",
] as const;
export type GateCheckName = (typeof GATE_CHECKS)[number];
export type DropCounts = Record<GateCheckName, number>;

export interface GateContext {
  document: Document;
  /** Facts of the question, in its factIds order. */
  facts: DatedFact[];
  /** Every fact of the document (repeated events, sibling dates). */
  documentFacts: readonly DatedFact[];
}

/** A check returns a reason when the question has its defect, else null. */
export type GateCheck = (q: Question, ctx: GateContext) => string | null;

const CHECKS: [GateCheckName, GateCheck][] = [
  ["markdown", markdownText],
  ["citation", citation],
  ["text-hole", textHole],
  ["wrong-year", wrongYear],
  ["span", ambiguousSpan],
  ["answer-in-prompt", answerInPrompt],
  ["context", notSelfContained],
  ["repeated-event", repeatedEvent],
  ["duplicate-choice", duplicateChoices],
  // Last: it tags words with the English model, the costliest check.
  ["grammar", brokenGrammar],
];

export function emptyDropCounts(): DropCounts {
  return Object.fromEntries(GATE_CHECKS.map((name) => [name, 0])) as DropCounts;
}

/** The first check the question fails, with its reason; null when it passes them all. */
export function firstDefect(q: Question, ctx: GateContext): { check: GateCheckName; reason: string } | null {
  for (const [check, run] of CHECKS) {
    const reason = run(q, ctx);
    if (reason) return { check, reason };
  }
  return null;
}

export function addDropCounts(into: DropCounts, from: DropCounts): DropCounts {
  for (const name of GATE_CHECKS) into[name] += from[name];
  return into;
}
