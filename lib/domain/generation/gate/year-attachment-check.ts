// The year belongs to another noun or clause than the asked event: "the alliance of 1902", "the 1894
// treaty", "(1872)" after a name, or a year inside ", in which …" while the question retells the main clause.
import type { DatedFact } from "../../document/facts/fact-types";
import type { GateCheck } from "./gate-checks";
import { padded, writtenWithSources, YEAR_IN_TEXT } from "./question-texts";

const TIME_NOUNS = /\b(?:end|beginning|start|middle|spring|summer|autumn|fall|winter|course|months?|years?|half|part|close|turn|rest|remainder|quarter|session|morning|afternoon|evening|night|day|week|weeks|decade|aftermath|eve|time|january|february|march|april|may|june|july|august|september|october|november|december)\s+of\s+(?:the\s+)?$/i;

/** Whether the fact's date only qualifies a noun of its sentence. */
export function dateQualifiesNoun(fact: DatedFact): boolean {
  if (fact.attributive) return true;
  const before = fact.quote.slice(0, fact.dateStart);
  const after = fact.quote.slice(fact.dateEnd);
  if (/\b(?:the|a|an|its|his|her|their|this|these|those)\s+$/i.test(before) && /^[\s-]*\p{L}/u.test(after) && !/^\s*(?:,|and\b|to\b)/.test(after)) return true;
  if (/\b\p{L}+\s+of\s+$/u.test(before) && !TIME_NOUNS.test(before)) return true;
  if (/['\u2019]s\b/.test(after.slice(0, 3))) return true;
  return insideParentheses(fact.quote, fact.dateStart);
}

function insideParentheses(text: string, index: number): boolean {
  const open = text.lastIndexOf("(", index);
  return open >= 0 && text.lastIndexOf(")", index - 1) < open && text.indexOf(")", index) > 0;
}

const SUBORDINATE = / (?:, (?:in which|of which|during which|by which|after which|which|where|who|whom|whose|when|while|whereas|claiming that|stating that|saying that|arguing that)|;) /g;
const STOP = new Set("a an the and or but of in on at to by for from with as is was were be been being are that this these those which who whom whose where when while it its he she they them his her their there than then into onto over under after before during since until also not what year did do does has have had".split(" "));
const contentWords = (t: string) => (t.match(/[a-z][a-z'-]+/g) ?? []).filter((w) => !STOP.has(w) && w.length > 2);
const cover = (words: string[], of: Set<string>) => (words.length ? words.filter((w) => of.has(w)).length / words.length : 0);

/** The year sits only in subordinate clauses, while `event` retells the undated main clause. */
export function yearInOtherClause(quote: string, year: number, event: string): boolean {
  const q = padded(quote);
  const subs: [number, number][] = [];
  for (const m of q.matchAll(SUBORDINATE)) {
    const stop = m[0].trim() === ";" ? ";" : ",";
    const end = q.indexOf(` ${stop} `, (m.index ?? 0) + m[0].length);
    subs.push([m.index ?? 0, end > 0 ? end : q.length]);
  }
  if (subs.length === 0) return false;
  let main = "";
  let at = 0;
  for (const [a, b] of subs) {
    main += q.slice(at, Math.max(at, a));
    at = Math.max(at, b);
  }
  main += q.slice(at);
  const ev = new Set(contentWords(padded(event)));
  if (YEAR_IN_TEXT.test(main) || cover(contentWords(main), ev) < 0.5) {
    YEAR_IN_TEXT.lastIndex = 0;
    return false;
  }
  YEAR_IN_TEXT.lastIndex = 0;
  let found = false;
  for (const [a, b] of subs) {
    const seg = q.slice(a, b);
    for (const m of seg.matchAll(YEAR_IN_TEXT)) {
      if (Number(m[1]) !== year) continue;
      found = true;
      const prev = seg.slice(0, m.index).trim().split(" ").pop() ?? "";
      const next = seg.slice((m.index ?? 0) + 4).trim().split(" ")[0] ?? "";
      const attributive = ["of", "the", "a", "("].includes(prev) || next === ")";
      if (!attributive && cover(contentWords(seg.replace(YEAR_IN_TEXT, " ")), ev) >= 0.3) return false;
    }
  }
  return found;
}

const ASKS_YEAR = new Set(["year-choice", "true-false", "event-for-date", "chronology"]);

export const wrongYear: GateCheck = (q, ctx) => {
  if (!ASKS_YEAR.has(q.kind)) return null;
  const written = writtenWithSources(q, ctx.facts.map((f) => f.quote));
  for (const [i, fact] of ctx.facts.entries()) {
    if (q.kind !== "chronology" && i > 0) break;
    if (fact.origin !== "prose") continue;
    if (dateQualifiesNoun(fact)) return `"${fact.dateText}" qualifies a noun, not the event`;
    const event = written[q.kind === "chronology" ? i : 0]?.text ?? fact.event;
    if (yearInOtherClause(fact.quote, fact.date.year, event)) return `${fact.date.year} dates another clause`;
  }
  return null;
};
