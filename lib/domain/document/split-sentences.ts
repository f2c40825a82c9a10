// Sentence splitting that knows about abbreviations, initials, decimals and quotes.
// Output pieces are exact substrings of the input (trimmed), so quotes stay verbatim.

const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "sra", "messrs", "gen", "col", "lt", "capt", "sgt",
    "gov", "sen", "rep", "rev", "hon", "mt", "ft", "inc", "ltd", "co", "corp", "bros", "vs", "etc", "cf",
    "approx", "ca", "c", "vol", "fig", "p", "pp", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "est", "dept", "univ", "assn", "ave", "blvd",
  ],
);

// Abbreviations that normally end a sentence only when followed by lowercase text.
const CLOSERS = "”\"’')]»";

function tokenBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && !/\s/.test(text[i] ?? "")) i--;
  return text.slice(i + 1, dot);
}

function isAbbreviation(token: string, next: string): boolean {
  const bare = token.replace(/^[(\["“‘']+/, "");
  if (bare === "") return false;
  // Initialisms with inner dots: U.S, H.E, a.m, e.g, Ph.D, H.E.Mr
  if (/^([A-Za-z]{1,2}\.)+[A-Za-z]{1,2}$/.test(bare)) return true;
  const last = bare.split(".").pop() ?? bare;
  const lower = last.toLowerCase();
  // Single capital letter: an initial ("John F. Kennedy").
  if (/^[A-Z]$/.test(last)) return true;
  if (lower === "no" || lower === "nos") return /^\d/.test(next);
  if (ABBREVIATIONS.has(lower) && /^[A-Z]/.test(last)) return true;
  if (ABBREVIATIONS.has(lower) && /^[a-z(\d]/.test(next)) return true;
  return false;
}

export function splitSentences(text: string): string[] {
  return splitSentenceSpans(text).map(([a, b]) => text.slice(a, b));
}

/** [start, end) offsets of each sentence, trimmed. */
export function splitSentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i] ?? "";
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    // Collapse "..." and trailing closers into the terminator.
    let end = i + 1;
    while (end < n && ".!?…".includes(text[end] ?? "")) end++;
    while (end < n && CLOSERS.includes(text[end] ?? "")) end++;
    const after = text[end] ?? "";
    let boundary = false;
    if (end >= n) {
      boundary = true;
    } else if (/\s/.test(after)) {
      let j = end;
      while (j < n && /\s/.test(text[j] ?? "")) j++;
      const next = text[j] ?? "";
      if (j >= n) boundary = true;
      else if (ch === "." && end === i + 1 && isAbbreviation(tokenBefore(text, i), next)) boundary = false;
      else boundary = !/[a-z,;:)\]]/.test(next);
    } else if (ch === "." && /[a-z]{2}$/.test(text.slice(Math.max(0, i - 2), i)) && /^[A-Z][a-z]/.test(text.slice(end, end + 2))) {
      // Missing space after a period ("Japan.Over the decades"); not "H.E.Mr" (capital before the dot).
      boundary = true;
    }
    if (!boundary) continue;
    pushPiece(out, text, start, end);
    start = end;
    i = end - 1;
  }
  pushPiece(out, text, start, n);
  return out;
}

function pushPiece(out: [number, number][], text: string, from: number, to: number): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a] ?? "")) a++;
  while (b > a && /\s/.test(text[b - 1] ?? "")) b--;
  if (a === b) return;
  const last = out[out.length - 1];
  // A lone "…" or "." carries no words: keep it with the sentence it follows.
  if (!/[\p{L}\p{N}]/u.test(text.slice(a, b)) && last) {
    last[1] = b;
    return;
  }
  out.push([a, b]);
}
