// Holes where a date was cut out: "(born )", "in late and early", "signed in at the", "violated treaty".
import type { GateCheck } from "./gate-checks";
import { BLANK_RUN, padded, writtenWithSources } from "./question-texts";

const PREP = "in|on|at|of|since|until|by|from|between|during";
const HOLES = [
  /\( (?:born |died |b \. |d \. )?(?:\)|,|;|-|to |and )/,
  new RegExp(` (?:${PREP}) (?:${PREP}) (?!least |most |once |first |last |all |which |whom )`),
  / (?:between|in|from|since|until|by|and|or|of|to|during) (?:late|early|mid) (?:and|or|to|which|that|who|when|where|,|;|\.|\)) /,
  / (?:at|by|until|till|from|since|towards?|before|after|near) the (?:end|beginning|start|middle|close) (?!of )/,
  / (?:of|at|during|between|from|until|till|the|an|a) (?:[,;:)?]|\.(?= |$))/,
  / (?:in|on|during|since|until|from) (?:,|;|\.|\?|$)/,
  /^ (?:[,;:)]|and |or )/,
];
const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const DATE = new RegExp(`(?<![\\w-])(?:(?:\\d{1,2} )?(?:${MONTHS}) (?:\\d{1,2} , )?)?(?:1\\d{3}|20\\d{2})(?: ?- ?\\d{2,4})?(?: and (?:1\\d{3}|20\\d{2}))?(?![\\w-])`, "g");
const NEEDS_OBJECT = new Set(["in", "on", "at", "of", "since", "until", "till", "by", "from", "between", "during", "circa", "around", "before", "after", "the", "a", "an", "late", "early", "mid", "born", "("]);

/** Compared with the source: the words left on both sides of a cut date now touch ("signed in 1951 at" → "in at"). */
function holeByDiff(text: string, source: string): string | null {
  for (const d of source.matchAll(DATE)) {
    const at = d.index ?? 0;
    const left = source.slice(0, at).split(" ").filter(Boolean).slice(-3);
    const right = source.slice(at + d[0].length).split(" ").filter(Boolean).slice(0, 2);
    const l = left[left.length - 1];
    const r = right[0];
    if (!l || !r) continue;
    const tries: [string[], string[]][] = [];
    if ((l === "the" || l === "a" || l === "an") && left.length >= 2 && /^[a-z]/.test(r)) tries.push([left.slice(0, -2), [left[left.length - 2] as string, r]]);
    if (NEEDS_OBJECT.has(l)) tries.push([left.slice(0, -1), [l, r]]);
    for (const [before, pair] of tries) {
      for (const ctx of [[...before.slice(-1), ...pair], [...pair, ...right.slice(1, 2)]]) {
        const probe = ` ${ctx.join(" ")} `;
        if (ctx.length === 3 && text.includes(probe) && !source.includes(probe)) return pair.join(" ");
      }
    }
  }
  return null;
}

/** A hole in a text written from `sourceQuote`, or null. */
export function holeIn(raw: string, sourceQuote: string): string | null {
  const source = padded(sourceQuote);
  const text = padded(raw.replace(/^Fill in the blank[^:]*:\s*/, "").replace(BLANK_RUN, " BLANK "));
  for (const re of HOLES) {
    const m = re.exec(text);
    if (m && !re.test(source)) return `hole "${m[0].trim()}"`;
  }
  const diff = holeByDiff(text, source);
  return diff ? `hole "${diff}"` : null;
}

export const textHole: GateCheck = (q, ctx) => {
  const pairs = [{ text: q.prompt, source: q.source.quote }, ...writtenWithSources(q, ctx.facts.map((f) => f.quote))];
  for (const { text, source } of pairs) {
    const hole = holeIn(text, source);
    if (hole) return hole;
  }
  return null;
};
