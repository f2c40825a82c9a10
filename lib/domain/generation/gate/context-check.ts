// A question must stand on its own: no bare pronoun as the subject ("he", "they", "the two"), no relative
// date without its anchor ("A year later, in ___"), no pointer back into the text ("this policy").
import type { GateCheck } from "./gate-checks";
import { writtenWithSources } from "./question-texts";

export const PRONOUN_SUBJECT = /^\s*(?:he|she|they|it|we|i|you|(?:the two|both)(?! (?:\p{L}+s|men|women|people|children|of)\b)|others|the latter|the former|his|her|their|its|this|these|those|such|him|them)\b/iu;
const PRONOUN_INSIDE = /,\s*(?:he|she|they|it|we)\s*,?\s+(?:was|were|had|has|is|are|did)\b/i;
export const RELATIVE_START = /^\s*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many|some|\d+) (?:days?|weeks?|months?|years?|decades?|centuries) (?:later|earlier|after|before|afterwards)|(?:half a century|a century|a decade) later|(?:weeks|months|years|days|decades) later|(?:the )?(?:next|following|previous|same) (?:day|week|month|year|morning|evening)|(?:that|the) same (?:day|week|month|year)|that (?:day|week|month|year)|soon (?:after|afterwards)|shortly (?:after|afterwards|before)|later that|earlier that|the day (?:after|before)|afterwards|thereafter|by then|at that time|meanwhile)\b/i;
const ANAPHOR = /\b(?:this|these|that|those|the said|such) (?:policy|policies|measure|law|decision|agreement|treaty|event|incident|act|decree|move|plan|proposal|period|crisis|conflict|war|visit|meeting|change|reform|program|programme|practice|project|system)\b/i;

export function contextDefect(text: string, written: boolean, resolved = false): string | null {
  if (written && (PRONOUN_SUBJECT.test(text) || PRONOUN_INSIDE.test(text))) return `subject is a bare pronoun: "${text.slice(0, 30)}"`;
  if (!resolved && RELATIVE_START.test(text)) return `relative date without its anchor: "${text.slice(0, 30)}"`;
  if (ANAPHOR.test(text)) return `refers back to the text: "${ANAPHOR.exec(text)?.[0]}"`;
  return null;
}

export const notSelfContained: GateCheck = (q, ctx) => {
  // "Fill in the blank (from “Title”): He was …": the source named, a pronoun is fine; relative dates are not.
  const body = q.prompt.replace(/^(?:Fill in the blank[^:]*|True or false):\s*/, "");
  const named = /^Fill in the blank[^:]*\(from /.test(q.prompt);
  if (q.kind === "date-cloze" || q.kind === "number-cloze") {
    // (“That same year” is 2013): the prompt resolves the relative date itself.
    const resolved = /\(\u201c[^)]*\u201d is [^)]*\)/.test(q.prompt);
    const defect = contextDefect(body, !named, resolved);
    if (defect) return defect;
  }
  for (const { text } of writtenWithSources(q, ctx.facts.map((f) => f.quote))) {
    const defect = contextDefect(text, true);
    if (defect) return defect;
  }
  return null;
};
