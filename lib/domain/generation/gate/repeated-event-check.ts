// A repeated event asked as if it happened once: "In what year did Fujimori visit Japan?" when the
// document gives 1992 and 1995. Allowed only when the prompt says which time ("first", "second"…).
import { otherYearsOfEvent } from "../repeated-events";
import type { GateCheck } from "./gate-checks";

const WHICH_TIME = /\b(?:first|second|third|fourth|fifth|last|final|again|\w+th time)\b/i;

export const repeatedEvent: GateCheck = (q, ctx) => {
  if (q.kind !== "year-choice") return null;
  const fact = ctx.facts[0];
  if (!fact) return null;
  const others = otherYearsOfEvent(fact, ctx.documentFacts);
  if (others.length === 0) return null;
  if (!WHICH_TIME.test(q.prompt)) return `the document also dates this event ${others.join(", ")}`;
  if (/\bfirst\b/i.test(q.prompt) && others.some((y) => y < fact.date.year)) return "not the first time";
  // "again" names the second time only.
  if (/\bagain\b/i.test(q.prompt) && (others.length > 1 || others.some((y) => y > fact.date.year))) return "\"again\" does not say which time";
  return null;
};
