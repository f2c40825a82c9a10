// Facts from dated lists: "- Prime Minister Nobusuke Kishi (1959)" under ";High-level visits from Japan to Peru",
// and inline lists: "… such as a Trade and Financial Agreement (1949); Agreement on … (1971); …".
import { parseClause } from "./clause";
import { pastTense } from "./verbs";

export interface ListEntry {
  entry: string;
  years: number[];
}

/** "Crown Prince Akihito (1963, 1967)" → { entry: "Crown Prince Akihito", years: [1963, 1967] } */
export function parseDatedEntry(text: string): ListEntry | null {
  const m = /^(.+?)\s*\(\s*(\d{4}(?:\s*,\s*\d{4})*)\s*\)\s*[.;,]?$/.exec(text.trim());
  if (!m || !m[1] || !m[2]) return null;
  const entry = m[1].replace(/^(?:and\s+)?(?:an?|the)\s+/i, "").trim();
  return { entry, years: m[2].split(",").map((y) => Number(y.trim())) };
}

export interface ListShape {
  origin?: string;
  destination?: string;
  /** Event for one entry, e.g. "Prince Takahito visited Peru". */
  event: (entry: string) => string | null;
  noun?: string;
}

/** Reads what a list is about from its title. Unknown titles give no event sentence (cloze only). */
export function listShape(title: string): ListShape {
  const visits = /visits?\s+(?:from\s+(.+?)\s+)?to\s+(.+?)\s*$/i.exec(title);
  if (visits && visits[2]) {
    const destination = visits[2];
    return { ...(visits[1] ? { origin: visits[1] } : {}), destination, event: (e) => `${e} visited ${destination}`, noun: "visitor" };
  }
  if (/\b(agreements?|treaties|treaty)\b/i.test(title)) return { event: (e) => `The ${e} was signed`, noun: "agreement" };
  return { event: () => null };
}

export interface InlineList {
  title: string;
  actor: string;
  verbBase: string;
  verbPast: string;
  noun: string;
  entries: { entry: string; years: number[]; start: number; end: number }[];
}

/**
 * "Japan and Peru have signed several bilateral agreements/treaties such as A (1949); B (1971); and C (2016)."
 * Needs two or more "Name (year)" entries after "such as" / "including" / ":".
 */
export function parseInlineList(sentence: string): InlineList | null {
  const intro = /^(.*?)\s*(?:,\s*)?(?:such as|including|namely|:)\s+/i.exec(sentence);
  if (!intro || !intro[1]) return null;
  const listText = sentence.slice(intro[0].length).replace(/\.\s*$/, "");
  const separator = listText.includes(";") ? /;\s*/ : /,\s*(?![^()]*\))/;
  const parts = listText.split(separator);
  const entries: InlineList["entries"] = [];
  let cursor = intro[0].length;
  for (const part of parts) {
    const start = sentence.indexOf(part, cursor);
    cursor = start + part.length;
    const parsed = parseDatedEntry(part);
    if (parsed) entries.push({ ...parsed, start, end: start + part.length });
  }
  if (entries.length < 2) return null;
  const clause = parseClause(intro[1]);
  if (!clause) return null;
  // "have signed several bilateral agreements/treaties" → verb "signed", object "several bilateral agreements/treaties"
  let verbPast = clause.verb;
  let object = clause.rest;
  if (clause.form === "aux") {
    const words = clause.rest.split(/\s+/);
    verbPast = words[0] ?? "";
    object = words.slice(1).join(" ");
  }
  const info = pastTense(verbPast);
  if (!info) return null;
  const title = object.replace(/^(?:several|many|various|some|a number of|numerous)\s+/i, "");
  const head = (title.split(/\s+/).pop() ?? "item").split("/")[0] ?? "item";
  const noun = head.replace(/ies$/, "y").replace(/s$/, "");
  return { title, actor: clause.questionSubject, verbBase: info.base, verbPast, noun, entries };
}
