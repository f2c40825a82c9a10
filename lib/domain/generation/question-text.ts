// Shared phrasing helpers: prompts read as natural English built from a fact's clause.
import { questionBody } from "../document/facts/clause";
import type { DatedFact } from "../document/facts/fact-types";
import { formatDateLabel } from "../document/dates/format-date";
import type { Document, DocumentKind } from "../document/types";
import { shortHash } from "../document/stable-hash";
import type { QuestionKind, QuestionSource } from "./question-types";

export function questionId(kind: QuestionKind, sentenceId: string, target: string): string {
  return `q-${shortHash(`${kind}|${sentenceId}|${target}`)}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "The bilateral EPA…" → "the bilateral EPA…" (only articles; names keep their capital). */
export function lowerArticle(text: string): string {
  return text.replace(/^(The|A|An)\b/, (m) => m.toLowerCase());
}

const KIND_LABEL: Record<DocumentKind, string> = {
  "journal-article": "journal article",
  encyclopedia: "encyclopedia article",
  news: "news article",
  "press-release": "press release",
  other: "document",
};

export function kindLabel(doc: Document): string {
  return KIND_LABEL[doc.kind];
}

export function documentDateLabel(doc: Document): string | null {
  if (!doc.date) return null;
  const [y, m, d] = doc.date.split("-").map(Number);
  if (!y) return null;
  return formatDateLabel({ year: y, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}), precision: d ? "day" : m ? "month" : "year" });
}

/** "According to the press release of 10 November 2014, " for dates resolved against the document. */
export function relativePrefix(fact: DatedFact, doc: Document): string {
  if (fact.resolvedFrom !== "relative") return "";
  return `According to the ${kindLabel(doc)} of ${documentDateLabel(doc) ?? "its date"}, `;
}

const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth"];

/**
 * "In what year did 790 Japanese migrants arrive in Peru aboard the Sakuramaru?"
 * Returns null when the clause cannot be turned into a question with confidence.
 */
export function yearQuestion(fact: DatedFact, doc: Document): string | null {
  const prefix = relativePrefix(fact, doc);
  const lead = prefix ? `${prefix}in what year` : "In what year";
  if (fact.eventForm === "phrase") return `${lead} was ${lowerArticle(fact.event)}?`;
  if (fact.eventForm !== "clause" || !fact.clause) return null;
  const list = fact.list;
  if (list && list.years.length > 1 && fact.origin === "list") {
    // Several listed years for one entry: name which one is asked about.
    const c = fact.clause;
    if (c.form !== "past" || !c.base) return null;
    const rest = c.rest ? ` ${c.rest}` : "";
    const which = list.yearIndex === 0
      ? `did ${c.questionSubject} first ${c.base}${rest}`
      : `did ${c.questionSubject} ${c.base}${rest} for the ${ORDINAL_WORDS[list.yearIndex] ?? `${list.yearIndex + 1}th`} time`;
    return `According to the list “${list.title}”, in what year ${which}?`;
  }
  const body = questionBody(fact.clause);
  return body ? `${lead} ${body}?` : null;
}

/** "In 1873, Japan and Peru formally established …" with any year substituted. */
export function statementWithYear(fact: DatedFact, year: number): string {
  const date = { ...fact.date, year };
  const label = formatDateLabel(date);
  if (fact.origin !== "prose") return `${fact.event} in ${label}.`;
  if (fact.eventForm === "phrase") return `${fact.event}${/,\s/.test(fact.event) ? "," : ""} was in ${label}.`;
  const phrase = fact.date.precision === "day" ? `On ${label}` : `In ${label}`;
  return `${phrase}, ${lowerArticle(fact.event)}.`;
}

export function sourceOf(fact: DatedFact, doc: Document): QuestionSource {
  return { documentId: doc.id, documentTitle: doc.title, sectionId: fact.sectionId, sentenceId: fact.sentenceId, quote: fact.quote };
}

export function quoteLine(doc: Document, quote: string): string {
  return `The ${kindLabel(doc)} “${doc.title}” says: “${quote}”`;
}
