// Finds subject / verb / rest in a short English clause, so it can be turned into a question
// ("790 Japanese migrants arrived in Peru" → "did 790 Japanese migrants arrive in Peru").
import { isAuxiliary, pastTense, presentTense } from "./verbs";

export type VerbForm = "past" | "present" | "aux";

export interface Clause {
  /** As written, e.g. "790 Japanese migrants, aboard the Sakuramaru," without the trailing comma. */
  subject: string;
  /** Subject fit for a question: appositive clauses dropped ("Prime Minister Shinzo Abe"). */
  questionSubject: string;
  /** Prepositional appositive moved after the predicate in questions ("aboard the Sakuramaru"). */
  subjectTail?: string;
  verb: string;
  form: VerbForm;
  /** Base form for "did …" questions (past/present forms). */
  base?: string;
  participle?: string;
  /** Auxiliary form: "was", "is going to be"… (the words up to the main verb are in `rest`). */
  aux?: string;
  rest: string;
  /** Declarative clause rebuilt from the parts (commas balanced). */
  text: string;
}

const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "to", "of", "by", "been", "being"]);
const PREPOSITIONS = /^(aboard|on board|with|from|under|in|on|at|for|during|after|before|along|among|as|via|without|including)\b/i;

interface Token { text: string; start: number; depth: number }

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  for (const m of text.matchAll(/\S+/g)) {
    const t = m[0];
    const open = (t.match(/[(“]/g) ?? []).length;
    const close = (t.match(/[)”]/g) ?? []).length;
    tokens.push({ text: t, start: m.index ?? 0, depth: depth + (open > 0 ? 1 : 0) });
    depth = Math.max(0, depth + open - close);
  }
  return tokens;
}

const bare = (t: string) => t.replace(/^[("“‘']+|[)"”’',.;:!?]+$/g, "");

function findVerb(tokens: Token[]): { index: number; form: VerbForm; base?: string; participle?: string } | null {
  let presentCandidate: { index: number; base: string; participle: string } | null = null;
  let inRelative = false;
  let unknownEd = false;
  for (let i = 1; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.depth > 0) continue;
    const word = bare(tok.text);
    // ", who is visiting the Republic of Peru," is not the main verb: skip to the closing comma.
    if (/^(who|which|whose|whom)$/i.test(word) && /,$/.test((tokens[i - 1] as Token).text)) inRelative = true;
    if (inRelative) {
      if (/,$/.test(tok.text)) inRelative = false;
      continue;
    }
    if (!word || /^[A-Z]/.test(word)) continue;
    const prev = bare((tokens[i - 1] as Token).text).toLowerCase();
    if (DETERMINERS.has(prev)) continue;
    if (isAuxiliary(word)) {
      const next = bare(tokens[i + 1]?.text ?? "").toLowerCase();
      // "had a diplomatic incident": "had" is the main verb; "had been", "was arrested": auxiliary.
      if (word.toLowerCase() === "had" && next && !pastTense(next) && !/(ed|en)$/.test(next) && next !== "been") {
        return { index: i, form: "past", base: "have", participle: "had" };
      }
      return { index: i, form: "aux" };
    }
    const past = pastTense(word);
    if (past) return unknownEd ? null : { index: i, form: "past", base: past.base, participle: past.participle };
    // An "-ed" word we cannot conjugate is probably the real verb ("Brazil and Japan eased visa rules"):
    // anything found after it is not trusted, so the caller falls back to a cloze.
    if (/^[a-z]{3,}ed$/.test(word) && !presentCandidate) unknownEd = true;
    if (!presentCandidate) {
      const present = presentTense(word);
      if (present) presentCandidate = { index: i, base: present.base, participle: present.participle };
    }
  }
  return presentCandidate && !unknownEd ? { ...presentCandidate, form: "present" } : null;
}

export function parseClause(text: string): Clause | null {
  const clean = text.trim().replace(/[.;,]+$/, "");
  const tokens = tokenize(clean);
  const found = findVerb(tokens);
  if (!found) return null;
  const verbToken = tokens[found.index] as Token;
  const subjectRaw = clean.slice(0, verbToken.start).trim().replace(/,$/, "").trim();
  if (!subjectRaw || /^(and|or|but|then|which|who|that)\b/i.test(subjectRaw)) return null;
  const verb = bare(verbToken.text);
  const rest = clean.slice(verbToken.start + verbToken.text.length).trim();
  if (found.form === "aux" && !rest) return null;

  const { questionSubject, tail, subject } = splitSubject(subjectRaw);
  const clause: Clause = {
    subject,
    questionSubject,
    ...(tail ? { subjectTail: tail } : {}),
    verb,
    form: found.form,
    ...(found.base ? { base: found.base } : {}),
    ...(found.participle ? { participle: found.participle } : {}),
    ...(found.form === "aux" ? { aux: verb } : {}),
    rest,
    text: "",
  };
  clause.text = `${/,\s/.test(subject) ? `${subject},` : subject} ${verb}${rest ? ` ${rest}` : ""}`;
  return clause;
}

/**
 * "790 Japanese migrants, aboard the Sakuramaru" → tail "aboard the Sakuramaru";
 * "Prime Minister Shinzo Abe, visiting Beijing, China to attend …" → "Prime Minister Shinzo Abe";
 * "Mr. Taro Kono, Minister for Foreign Affairs, who is visiting …" → "Mr. Taro Kono, Minister for Foreign Affairs".
 */
function splitSubject(raw: string): { subject: string; questionSubject: string; tail?: string } {
  const parts = raw.split(/,\s+/);
  if (parts.length === 1) return { subject: raw, questionSubject: raw };
  const head = parts[0] as string;
  if (parts.length === 2 && PREPOSITIONS.test(parts[1] as string)) {
    return { subject: `${head}, ${parts[1]}`, questionSubject: head, tail: parts[1] as string };
  }
  // Event text: the name and title appositives only. Question: also keeps a participial phrase
  // ("visiting Beijing, China to attend the APEC Summit Meeting"), which pins down which meeting.
  const kept: string[] = [head];
  let participial: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] as string;
    if (/^(who|which|whose|while)\b/i.test(part)) break;
    if (/^\w+ing\b/.test(part) || /^(accompanied|led|followed)\b/i.test(part)) {
      participial = parts.slice(i).filter((p) => !/^(who|which)\b/i.test(p));
      break;
    }
    kept.push(part);
  }
  const subject = kept.join(", ");
  return { subject, questionSubject: participial.length > 0 ? `${subject}, ${participial.join(", ")}` : subject };
}

/** "In what year did X arrive…?" body (without the leading "In what year"). */
export function questionBody(clause: Clause, mode: "did" | "had" = "did"): string | null {
  // "Prime Minister Abe's grandfather, Prime Minister Nobusuke Kishi," keeps its closing comma.
  const named = clause.questionSubject.replace(/^(The|A|An)\b/, (m) => m.toLowerCase()); // "did the canal", not "did The canal"
  const subject = /,\s/.test(named) ? `${named},` : named;
  const tail = clause.subjectTail ? ` ${clause.subjectTail}` : "";
  if (clause.form === "aux") {
    const aux = clause.verb.toLowerCase();
    const shifted = aux === "is" ? "was" : aux === "are" ? "were" : aux === "will" ? "would" : aux;
    if (["has", "have"].includes(aux)) {
      const words = clause.rest.split(/\s+/);
      const participle = words[0] ?? "";
      const base = pastTense(participle)?.base ?? participleBase(participle);
      if (!base) return null;
      return `did ${subject} ${[base, ...words.slice(1)].join(" ")}${tail}`;
    }
    return `${shifted} ${subject} ${clause.rest}${tail}`;
  }
  if (!clause.base) return null;
  const rest = baseCoordinated(clause.rest);
  if (mode === "had" && clause.participle) return `had ${subject} ${clause.participle}${rest ? ` ${clause.rest}` : ""}${tail}`;
  return `did ${subject} ${clause.base}${rest ? ` ${rest}` : ""}${tail}`;
}

/** "entered the residence and killed all 14" → "… and kill all 14" (only clear verbs after "and"). */
function baseCoordinated(rest: string): string {
  return rest.replace(/\b(and|or)\s+([a-z]+)\b/g, (m, conj: string, word: string) => {
    const past = pastTense(word);
    return past && !/^(found|left|led|saw|won|lay|set|put|cut|let|hit)$/.test(word) ? `${conj} ${past.base}` : m;
  });
}

function participleBase(participle: string): string | null {
  const lower = participle.toLowerCase();
  const table: Record<string, string> = { become: "become", begun: "begin", broken: "break", come: "come", done: "do", given: "give", gone: "go", known: "know", seen: "see", taken: "take", written: "write", grown: "grow", risen: "rise", flown: "fly", spoken: "speak", chosen: "choose", drawn: "draw", shown: "show", been: "be" };
  return table[lower] ?? null;
}
