const BLANK = "_____";
/** About what a phone shows above the fold with the answer button; longer prompts are cut to the blank's clause. */
export const FOCUS_MAX_WORDS = 25;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A cloze prompt cut down to the clause that holds the blank, widened clause by clause while it stays within
 * `maxWords`; "…" marks what was left out (the card's back quotes the whole sentence). Short prompts and
 * prompts without a blank come back as they are.
 */
export function focusCloze(prompt: string, maxWords = FOCUS_MAX_WORDS): { text: string; shortened: boolean } {
  const colon = prompt.indexOf(": ");
  const instruction = colon >= 0 && colon < prompt.indexOf(BLANK) ? prompt.slice(0, colon + 2) : "";
  const sentence = prompt.slice(instruction.length);
  if (!sentence.includes(BLANK) || words(sentence) <= maxWords) return { text: prompt, shortened: false };

  const clauses = sentence.split(/(?<=[,;])\s+/);
  const at = clauses.findIndex((clause) => clause.includes(BLANK));
  let first = at;
  let last = at;
  let count = words(clauses[at] ?? "");
  for (let grew = true; grew; ) {
    grew = false;
    const before = first > 0 ? words(clauses[first - 1] ?? "") : Infinity;
    if (count + before <= maxWords) {
      first--;
      count += before;
      grew = true;
    }
    const after = last < clauses.length - 1 ? words(clauses[last + 1] ?? "") : Infinity;
    if (count + after <= maxWords) {
      last++;
      count += after;
      grew = true;
    }
  }
  const body = clauses.slice(first, last + 1).join(" ").replace(/[,;]$/, "");
  const text = `${instruction}${first > 0 ? "… " : ""}${body}${last < clauses.length - 1 ? " …" : ""}`;
  return { text, shortened: true };
}
