// Part of speech and lemma for each word of a sentence, from wink-nlp's English model (pure JS, no I/O,
// deterministic). Loaded once on first use; each distinct sentence is tagged once.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type PartOfSpeech =
  | "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART" | "PRON" | "PROPN"
  | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X" | "SPACE";

export interface TaggedWord {
  text: string;
  /** Lower-cased dictionary form: "went" → "go", "treaties" → "treaty". */
  lemma: string;
  pos: PartOfSpeech;
}

type Tagger = (text: string) => TaggedWord[];

let tagger: Tagger | null = null;
const cache = new Map<string, TaggedWord[]>();
const CACHE_LIMIT = 20_000;

function loadTagger(): Tagger {
  const nlp = winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  return (text) => {
    const tokens = nlp.readDoc(text).tokens();
    const words = tokens.out() as string[];
    const pos = tokens.out(its.pos) as string[];
    // The typings disagree on the lemma helper's signature; it is a token "its" like pos.
    const lemmas = tokens.out(its.lemma as unknown as typeof its.pos) as string[];
    return words.map((w, i) => ({ text: w, lemma: (lemmas[i] ?? w).toLowerCase(), pos: (pos[i] ?? "X") as PartOfSpeech }));
  };
}

export function tagWords(text: string): TaggedWord[] {
  const hit = cache.get(text);
  if (hit) return hit;
  tagger ??= loadTagger();
  const out = tagger(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

/** Forgets tagged sentences (benchmarks time cold tagging, not cache hits). */
export function clearTagCache(): void {
  cache.clear();
}

/** Loads the model now (a caller may keep its first-use cost out of a timing). */
export function warmTagger(): void {
  tagger ??= loadTagger();
}

const FINITE_AUX = new Set(["was", "were", "is", "are", "am", "has", "have", "had", "will", "would", "can", "could", "shall", "should", "may", "might", "must"]);

/** A verb in a tensed form: "went", "signed", "was", "has"; not a participle after an auxiliary ("was signed"). */
export function isFiniteVerb(words: readonly TaggedWord[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  const lower = w.text.toLowerCase();
  if (w.pos === "AUX") return FINITE_AUX.has(lower);
  if (w.pos !== "VERB" || lower === w.lemma || /ing$/.test(lower)) return false;
  const prev = words[i - 1];
  return !(prev && prev.pos === "AUX");
}
