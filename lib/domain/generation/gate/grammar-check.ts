// Broken grammar in what we wrote: a sentence opener left as the subject ("did In a series …"), a comma
// the source does not have ("the military, launched"), a second tensed verb in a "did" question, two
// sentences glued together, unbalanced brackets.
import { splitSentences } from "../../document/split-sentences";
import { isFiniteVerb, tagWords, type TaggedWord } from "../../document/nlp/tag-words";
import type { GateCheck } from "./gate-checks";
import { tokens, writtenWithSources } from "./question-texts";

const CANNOT_START = new Set(["ADP", "ADV", "SCONJ", "CCONJ", "PART", "PUNCT", "VERB", "AUX", "SYM", "X", "INTJ"]);
const SUBORDINATORS = new Set(["that", "which", "who", "whom", "whose", "where", "when", "while", "because", "as", "after", "before", "since", "until", "although", "though", "if", "whereas", "once"]);

/** Whether the text begins as a subject can: a name, a noun phrase, a number. */
function startsAsSubject(words: readonly TaggedWord[]): boolean {
  const first = words[0];
  if (!first) return false;
  if (!/^[\p{L}\p{N}"\u201c']/u.test(first.text) || /^(?:1\d{3}|20\d{2})$/.test(first.text)) return false;
  // A capitalised name the tagger reads as a verb or adverb at the start ("Wharf labourers") is still a name.
  if (CANNOT_START.has(first.pos) && !(first.pos !== "ADP" && first.pos !== "SCONJ" && first.pos !== "CCONJ" && /^\p{Lu}/u.test(first.text) && words[1]?.pos === "PROPN")) return false;
  return true;
}

/** Tensed verbs before the first subordinating word (a relative or adverbial clause may hold its own). */
function finiteVerbsInMainClause(words: readonly TaggedWord[]): number {
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as TaggedWord;
    if (SUBORDINATORS.has(w.text.toLowerCase()) || w.text === ";") break;
    // "did X have …": the base form after "did" is not a second tensed verb.
    if (w.text.toLowerCase() !== "have" && isFiniteVerb(words, i) && words[i + 1]?.text.toLowerCase() !== "by") count++;
  }
  return count;
}

const PARENTHETICAL_HEADS = new Set(["aboard", "with", "without", "including", "despite", "like", "unlike", "among", "under", "in", "on", "at", "of", "from", "by", "during", "after", "before", "since", "until", "according"]);

/** Each comma we show must follow the same word in the source: "the military, launched" has a comma the source lacks. */
function strayComma(text: string, source: string): string | null {
  const t = tokens(text);
  const s = ` ${tokens(source).join(" ")} `;
  for (let i = 1; i < t.length; i++) {
    if (t[i] !== ",") continue;
    const before = t[i - 1] as string;
    if (s.includes(` ${before} , `)) continue;
    // The closing comma of ", aboard the ship," that the source forgot is fine; a comma between subject and verb is not.
    const open = t.lastIndexOf(",", i - 1);
    const head = open >= 0 ? (t[open + 1] ?? "") : "";
    if (open >= 0 && (PARENTHETICAL_HEADS.has(head) || /(?:ing|ed)$/.test(head))) continue;
    return `${before},`;
  }
  return null;
}

function balanced(text: string): boolean {
  const opens = (text.match(/\(/g) ?? []).length;
  const closes = (text.match(/\)/g) ?? []).length;
  const quotes = (text.match(/"/g) ?? []).length;
  const curly = (text.match(/\u201c/g) ?? []).length - (text.match(/\u201d/g) ?? []).length;
  return opens === closes && quotes % 2 === 0 && curly === 0;
}

/** Why a text we wrote from `source` is not grammatical English, or null. */
export function grammarDefect(text: string, source: string, frame: "did" | "was" | "event"): string | null {
  if (!balanced(text)) return "unbalanced brackets or quotes";
  if (splitSentences(text.replace(/[.?]$/, "")).length > 1) return "two sentences in one";
  const comma = strayComma(text, source);
  if (comma) return `comma the source lacks: "${comma}"`;
  const words = tagWords(text);
  if (!startsAsSubject(words)) return `starts with "${words[0]?.text ?? ""}"`;
  const finite = finiteVerbsInMainClause(words);
  if (frame === "did" && finite > 0) return "second tensed verb in a did-question";
  if (frame === "was" && finite > 1) return "second tensed verb in a was-question";
  return null;
}

export const brokenGrammar: GateCheck = (q, ctx) => {
  const frame = /^(?:According to [^,]+, )?in what year did\b/i.test(q.prompt) ? "did" : /in what year (?:was|were)\b/i.test(q.prompt) ? "was" : "event";
  for (const { text, source } of writtenWithSources(q, ctx.facts.map((f) => f.quote))) {
    const defect = grammarDefect(text.replace(/[.?]$/, ""), source, frame);
    if (defect) return defect;
  }
  return null;
};
