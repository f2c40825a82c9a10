// The prompt, or the only right choice, already states what is asked.
import type { GateCheck } from "./gate-checks";
import { BLANK_RUN, statementBody, yearsIn } from "./question-texts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const answerInPrompt: GateCheck = (q, ctx) => {
  const answer = Array.isArray(q.answer) ? null : q.answer;
  if (answer === null) return null;
  if (q.kind === "year-choice" && new RegExp(`(?<!\\d)${escape(answer)}(?!\\d)`).test(q.prompt)) return `prompt states ${answer}`;
  if ((q.kind === "date-cloze" || q.kind === "number-cloze") && new RegExp(`(?<![\\w])${escape(answer)}(?![\\w])`).test(q.prompt.replace(BLANK_RUN, " "))) {
    return `prompt states "${answer}"`;
  }
  if (q.kind === "true-false") {
    const fact = ctx.facts[0];
    if (fact && yearsIn(statementBody(q.prompt)).some((y) => y === fact.date.year || Math.abs(y - fact.date.year) < 40)) return "statement gives a year of its own";
  }
  if (q.kind === "event-for-date") {
    // An event that names a year gives itself away (or another choice away).
    const dated = (q.choices ?? [answer]).find((c) => yearsIn(c).length > 0);
    if (dated) return `choice names a year: "${dated.slice(0, 40)}"`;
  }
  return null;
};
