// Citations, references, page or law numbers and impossible years taken as dates or counts.
import type { GateCheck } from "./gate-checks";
import { askedEvent } from "./question-texts";

const CITE_WORD = String.raw`(?:page|pages|p\.|pp\.|law|laws|no\.|nº|n°|number|vol\.|volume|chapter|ch\.|section|art\.|article|articles|decree|resolution|isbn|edition|folio|paragraph|clause|§)`;
/** A line that is a reference, not prose: "— Author", "See …", "pp. 12", ISBN, "Retrieved …". */
export const REFERENCE_LINE = /^\s*(?:\(?see\b|\u2014|--|\u2013 )|\b(?:pp?\.\s*\d|ISBN|doi:|Retrieved\b|et al\.)|\bpages? \d+\s*\.?\s*$/i;

export const citation: GateCheck = (q) => {
  const quote = q.source.quote;
  const answer = Array.isArray(q.answer) ? "" : q.answer;
  const numbers = answer.match(/\d[\d,.]*/g) ?? [];
  if (REFERENCE_LINE.test(quote) && (numbers.length > 0 || q.kind !== "chronology")) return "built on a reference line";
  for (const n of numbers) {
    const plain = n.replace(/[.,]$/, "");
    const re = new RegExp(String.raw`(?:^|[^\w])${CITE_WORD}\s*${plain.replace(/[.$]/g, "\\$&")}(?!\d)`, "iu");
    if (re.test(quote)) return `${plain} is a reference number`;
  }
  // A number blank on one half of a span ("2500 - 1200 BC", "between 900 - 1200 AD") is a date, not a count.
  if (q.kind === "number-cloze" && /\d\s*[-\u2013]\s*_{3,}|_{3,}\s*[-\u2013]\s*\d|_{3,}\s*(?:BC|BCE|AD|CE)\b|\b(?:AD|BC)\s*_{3,}/.test(q.prompt)) {
    return "number blank on part of a date span";
  }
  const asked = q.kind === "year-choice" || q.kind === "date-cloze" ? [answer] : [];
  const what = /^What happened (?:in|on) (.+)\?$/.exec(q.prompt);
  if (what?.[1]) asked.push(...(what[1].match(/\b\d{3,4}\b/g) ?? []));
  for (const a of asked) {
    if (/^\s*\d{1,4}\s*$/.test(a) && Number(a) < 1000) return `${a} is not a plausible year`;
  }
  if (q.kind === "year-choice" && !askedEvent(q)) return "year question without an event";
  return null;
};
