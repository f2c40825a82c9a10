// Turns "the sentence + one date in it" into a short event description, by rewriting the clause
// that holds the date: keep the source wording, drop the date phrase and leading connectors.
import type { DateMention } from "../dates/date-types";
import { parseClause, type Clause } from "./clause";
import { pastTense } from "./verbs";

export type EventForm =
  /** A full clause with subject and verb: fit for every question kind. */
  | "clause"
  /** A noun phrase ("the election as president of Alberto Fujimori"): year questions and true/false. */
  | "phrase"
  /** No trustworthy event text: generators use a cloze of the sentence instead. */
  | "cloze-only";

export interface EventBuild {
  event: string;
  form: EventForm;
  clause?: Clause;
  /** Who said it, when the date sits in reported speech ("Prime Minister Abe"). */
  reporter?: string;
}

const MAX_EVENT = 120;
const REPORTING = "(?:mentioned|stated|said|noted|explained|announced|added|confirmed|emphasized|stressed|reported|recalled|indicated)";
const SUB_CONJ = /\b(since|after|before|because|while|once|when|until)\s+(?=\S)/gi;

export function buildEvent(sentence: string, mention: DateMention, all: readonly DateMention[]): EventBuild {
  const [segStart, segEnd] = clauseBounds(sentence, mention, all);
  const seg = sentence.slice(segStart, segEnd);
  const m = { start: mention.start - segStart, end: mention.end - segStart };

  // Reported speech: "Prime Minister Abe mentioned that his grandfather … visited Peru in 1959".
  let reporter: string | undefined;
  let body = seg;
  let offset = 0;
  const rep = new RegExp(`^(?:[A-Z][\\w ]*?,\\s*)?([A-Z][\\w.'’-]*(?:\\s+[\\w.'’-]+){0,5}?)\\s+(?:also\\s+)?${REPORTING}\\s+that\\s+`).exec(seg);
  if (rep && rep[0].length <= m.start) {
    reporter = rep[1];
    body = seg.slice(rep[0].length);
    offset = rep[0].length;
  }
  const dm = { start: m.start - offset, end: m.end - offset };

  if (mention.attributive) return { event: finish(removeDate(body, dm)), form: "cloze-only", ...(reporter ? { reporter } : {}) };

  const special = specialForms(body, dm);
  if (special) return { ...special, event: special.event, ...(reporter ? { reporter } : {}) };

  let text = removeDate(body, dm);
  text = stripLeading(text);
  if (reporter) text = resolvePronouns(text, reporter);
  return fromClauseText(text, reporter);
}

function fromClauseText(raw: string, reporter?: string): EventBuild {
  const text = tidy(raw);
  const clause = parseClause(text);
  const base = reporter ? { reporter } : {};
  if (!clause || /^(he|she|it|they|this|these|those|we|i)\b/i.test(clause.subject) || /^(the study|this study|the article|this article)\b/i.test(clause.subject)) {
    return { event: finish(text), form: "cloze-only", ...base };
  }
  const shortened = shorten(clause);
  return { event: finish(shortened.text), form: "clause", clause: shortened, ...base };
}

/** Clause-level rewrites for dates that do not sit in the main clause. */
function specialForms(body: string, dm: { start: number; end: number }): EventBuild | null {
  const before = body.slice(0, dm.start);
  const after = body.slice(dm.end);

  // "lasted until 22 April 1997 when Peruvian commandos entered …": the when-clause is what happened.
  const when = /^,?\s+when\s+(.+)$/.exec(after);
  if (when && when[1] && /until\s*$/i.test(before)) return fromClauseText(when[1]);

  // "X dates back to the late 19th century" → "X began".
  const back = /^(.*?)\s+(?:dates|date|goes|go)\s+back\s+to\s+(?:the\s+)?$/i.exec(before);
  if (back && back[1]) return { event: finish(`${stripLeading(back[1])} began`), form: "cloze-only" };

  // "next year marks the 10th anniversary of …" → the anniversary is the event (a noun phrase).
  const marks = /^\s*(?:marks|marked|will mark)\s+(.+)$/i.exec(after);
  if (marks && marks[1] && stripLeading(before).trim() === "") return phrase(marks[1]);

  // "the Japan-Peru Friendship Year in 2019, which will mark the 120th anniversary …"
  const np = /((?:the|a|an)\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)\s+(?:in|of)\s+$/.exec(before);
  const which = /^,\s*which\s+(?:will\s+)?(mark|marks|celebrate|celebrates|commemorate|commemorates)\s+(.+)$/i.exec(after);
  if (np && np[1] && which && which[1] && which[2]) {
    const verb = which[1].toLowerCase().replace(/s$/, "");
    return phrase(`${np[1]}, ${verb === "celebrate" || verb === "commemorate" ? `${verb.slice(0, -1)}ing` : `${verb}ing`} ${which[2]}`);
  }

  // "the UN, which celebrates its 70th anniversary next year," → "the UN celebrates its 70th anniversary".
  const rel = /((?:the|a|an)\s+[\w'’.-]+(?:\s+[A-Z][\w'’.-]*)*),\s*which\s+([^,]*)$/.exec(before);
  if (rel && rel[1] && rel[2]) {
    const closing = after.indexOf(",");
    const clauseText = `${rel[1]} ${rel[2]}${closing === -1 ? after : after.slice(0, closing)}`;
    return fromClauseText(clauseText);
  }

  // "Japanese citizens abducted by North korea during the 1970s and 1980s" → "… were abducted by …".
  const reduced = /(?:of|for|with|on|about)\s+((?:[A-Za-z’'-]+\s+){0,2}[A-Za-z’'-]+)\s+([a-z]+ed)\s+by\s+([^,;]+?)\s+(?:during|in)\s+(?:the\s+)?$/.exec(before);
  if (reduced && reduced[1] && reduced[2] && reduced[3] && pastTense(reduced[2]) && after.trim().replace(/[.;,]/g, "") === "") {
    const plural = /s$/.test(reduced[1]);
    return fromClauseText(`${reduced[1]} ${plural ? "were" : "was"} ${reduced[2]} by ${reduced[3]}`);
  }

  // "…, culminating in the election as president in 1990 of Alberto Fujimori, a descendant …"
  const culminating = /\b(?:culminating|resulting|ending)\s+in\s+(.*)$/i.exec(before);
  if (culminating && culminating[1] !== undefined) {
    const np2 = `${culminating[1]}${after}`.replace(/\s+in\s*$/i, "");
    return phrase(np2.replace(/\s+in\s+of\b/, " of").replace(/,\s+(?:a|an)\s+[^,]+$/, ""));
  }

  // Date inside a subordinate clause: "… have been favorable since the bilateral EPA came into force in 2012".
  let sub: RegExpExecArray | null = null;
  for (const s of before.matchAll(SUB_CONJ)) sub = s as RegExpExecArray;
  if (sub) {
    const subStart = sub.index + sub[0].length;
    const inner = body.slice(subStart, dm.start);
    if (inner.trim() !== "" && parseClause(inner.replace(/\s+(in|on|by|during)\s*(the\s*)?$/i, ""))) {
      const innerDm = { start: dm.start - subStart, end: dm.end - subStart };
      const text = removeDate(body.slice(subStart), innerDm);
      return fromClauseText(cutAtClauseEnd(text));
    }
  }
  return null;
}

function phrase(np: string): EventBuild {
  const text = tidy(np);
  if (text.split(/\s+/).length < 3) return { event: finish(text), form: "cloze-only" };
  return { event: finish(text), form: "phrase" };
}

/** Start/end of the clause that holds the mention: split at ";", at "and in <date>", at new subjects. */
function clauseBounds(sentence: string, mention: DateMention, all: readonly DateMention[]): [number, number] {
  const cuts: { at: number; resume: number }[] = [];
  const depthAt = parenDepths(sentence);
  for (const m of sentence.matchAll(/;\s*/g)) cuts.push({ at: m.index ?? 0, resume: (m.index ?? 0) + m[0].length });
  // "… from Spain and in October 1868, Japan entered …": each date after "and" opens its own clause.
  for (const other of all) {
    const before = sentence.slice(0, other.start);
    const and = /,?\s+and\s+(?:(?:in|on|by|during|since)\s+)?(?:the\s+)?$/i.exec(before);
    if (and) cuts.push({ at: and.index, resume: and.index + (/^,?\s+and\s+/.exec(and[0])?.[0].length ?? 0) });
  }
  const boundary = new RegExp(`,?\\s+and\\s+that\\s+|,\\s+(?:and\\s+(?:also\\s+)?(?=${REPORTING}|asked|invited|expressed|intends|hopes|would)|and\\s+(?=(?:he|she|they|it|we|the|a|an|this|these)\\s)|but\\s+|while\\s+|whereas\\s+)|\\s+and\\s+(?=(?:he|she|they|we)\\s)`, "gi");
  for (const m of sentence.matchAll(boundary)) cuts.push({ at: m.index ?? 0, resume: (m.index ?? 0) + m[0].length });
  let start = 0;
  let end = sentence.length;
  for (const c of cuts) {
    if ((depthAt[c.at] ?? 0) > 0) continue;
    if (c.at >= mention.end && c.at < end) end = c.at;
    if (c.resume <= mention.start && c.resume > start) start = c.resume;
  }
  return [start, end];
}

function parenDepths(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    out.push(depth);
    if (ch === ")") depth = Math.max(0, depth - 1);
  }
  return out;
}

/** Removes the date and the word that introduces it ("In 1899,", "on 17 December 1996", "next March"). */
function removeDate(text: string, dm: { start: number; end: number }): string {
  let start = dm.start;
  let end = dm.end;
  const prep = /(?:^|\s)((?:(?:especially|particularly|notably|mainly|mostly|primarily|even|only|already)\s+)?(?:in|on|by|during|since|until|till|from|around|circa|of|at)\s+(?:the\s+)?|the\s+)$/i.exec(text.slice(0, start));
  if (prep && prep[1]) start -= prep[1].length;
  if (/^\s*\)/.test(text.slice(end)) && /\(\s*$/.test(text.slice(0, start))) {
    start = text.slice(0, start).lastIndexOf("(");
    end = text.indexOf(")", end) + 1;
  }
  let before = text.slice(0, start);
  let after = text.slice(end);
  if (/^\s*,/.test(after) && (/^\s*$/.test(before) || /,\s*$/.test(before))) after = after.replace(/^\s*,/, "");
  if (/,\s*$/.test(before) && /^\s*[.;]?\s*$/.test(after)) before = before.replace(/,\s*$/, "");
  return `${before} ${after}`.replace(/\s+/g, " ").trim();
}

const LEADING = [
  /^(?:in addition|furthermore|moreover|however|also|meanwhile|then|later|soon afterwards|soon after|shortly afterwards|afterwards|subsequently|eventually|finally|initially|in response|as a result|at the beginning|at first|after the war|during the war|in turn|though)\s*,\s*/i,
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|a few)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:later|after|earlier|afterwards|before)\s*,\s*/i,
  /^(?:and|but|then|so)\s+/i,
];

function stripLeading(text: string): string {
  let t = text.trim().replace(/^,\s*/, "");
  for (let guard = 0; guard < 6; guard++) {
    const before = t;
    for (const re of LEADING) t = t.replace(re, "");
    // Leading participial/prepositional phrase up to the first top-level comma: "commencing at 10:25 a.m. … (local time),"
    const lead = /^(?:commencing|beginning|starting|following|visiting|attending|having|prior to|with regard to|on the basis of)\b/i.exec(t);
    if (lead) {
      const comma = topLevelComma(t);
      if (comma > 0) t = t.slice(comma + 1).trim();
    }
    if (t === before) break;
  }
  return t;
}

function topLevelComma(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0) return i;
  }
  return -1;
}

function resolvePronouns(text: string, reporter: string): string {
  const who = reporter.replace(/\s+also$/i, "");
  return text.replace(/^(his|her)\s+/i, `${who}'s `).replace(/^(he|she)\s+/i, `${who} `);
}

/** Cosmetic, meaning-preserving fixes. */
function tidy(text: string): string {
  return text
    .replace(/\s*--.+?--\s*/g, " ")
    .replace(/\bH\.E\.\s*(?=Mr\.|Mrs\.|Ms\.|Dr\.)/g, "")
    .replace(/\bH\.E\.\s+/g, "")
    .replace(/\barrived to\b/g, "arrived in")
    .replace(/\s+,/g, ",")
    .replace(/,(?=[A-Za-z])/g, ", ")
    .replace(/\s+/g, " ")
    .replace(/^[,;:\s]+|[,;:\s]+$/g, "")
    .trim();
}

/** Cuts a subordinate clause at the next top-level comma that starts something new. */
function cutAtClauseEnd(text: string): string {
  const comma = topLevelComma(text);
  return comma > 0 ? text.slice(0, comma) : text;
}

const CUT_MARKERS = [/\s+as they\b/, /\s+as he\b/, /\s+carrying\b/, /,\s+which\b/, /,\s+where\b/, /,\s+and\s+took\b/, /\s+in order to\b/, /,\s+making\b/, /,\s+after\b/, /\s+because\b/];

/** Keeps events short: removes parentheticals, then cuts trailing detail at a natural marker. */
function shorten(clause: Clause): Clause {
  let rest = clause.rest.replace(/\s*\([^()]*\)/g, "").replace(/\s+/g, " ").trim();
  const total = () => clause.subject.length + clause.verb.length + rest.length + 2;
  if (total() > MAX_EVENT) {
    let best = -1;
    for (const re of CUT_MARKERS) {
      const m = re.exec(rest);
      if (!m) continue;
      const len = clause.subject.length + clause.verb.length + m.index + 2;
      if (len <= MAX_EVENT && m.index > best && m.index >= 8) best = m.index;
    }
    if (best > 0) rest = rest.slice(0, best).replace(/[,;]$/, "");
  }
  const text = `${/,\s/.test(clause.subject) ? `${clause.subject},` : clause.subject} ${clause.verb}${rest ? ` ${rest}` : ""}`;
  return { ...clause, rest, text };
}

function finish(text: string): string {
  const t = text.replace(/[\s,;:]+$/, "").replace(/\.$/, "").trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}
