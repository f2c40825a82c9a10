// Plausible wrong numbers of the same magnitude. For "more than N" only larger numbers are offered
// (a smaller one would also be true), for "nearly N" only smaller ones.
import type { NumberBound, NumberMention } from "./find-numbers";
import { shuffle, type Rng } from "./prng";

const MULTIPLIERS: Record<NumberBound, number[]> = {
  exact: [0.5, 0.6, 0.7, 0.75, 1.3, 1.4, 1.5, 1.75, 2],
  lower: [1.5, 2, 2.5, 3, 4],
  upper: [0.25, 0.35, 0.5, 0.6],
  approx: [0.3, 0.4, 0.5, 1.6, 2, 2.5, 3],
};

export function numberDistractors(n: NumberMention, rng: Rng, count = 3): number[] {
  const chosen: number[] = [];
  const farEnough = (c: number) =>
    c > 0 && c !== n.value && Math.abs(c - n.value) / n.value >= 0.12 && chosen.every((x) => Math.abs(x - c) / Math.max(x, c) >= 0.1);
  const allowed = (c: number) => (n.bound === "lower" ? c > n.value : n.bound === "upper" ? c < n.value : true);
  if (n.decimals === 0 && n.value <= 20) {
    // Small counts: nearby integers.
    const span = n.bound === "lower" ? range(n.value + 2, n.value * 3) : n.bound === "upper" ? range(1, n.value - 1) : range(Math.max(2, n.value - 8), n.value * 2 + 4);
    for (const c of shuffle(span, rng)) {
      if (chosen.length >= count) break;
      if (c !== n.value && allowed(c) && !chosen.includes(c) && Math.abs(c - n.value) >= 2) chosen.push(c);
    }
    return chosen;
  }
  for (const m of shuffle(MULTIPLIERS[n.bound], rng)) {
    if (chosen.length >= count) break;
    const c = roundNicely(n.value * m, n);
    if (allowed(c) && farEnough(c)) chosen.push(c);
  }
  return chosen;
}

/** Two significant digits (or the answer's decimals), so choices look like real figures. */
function roundNicely(x: number, n: NumberMention): number {
  if (n.decimals > 0) {
    const f = 10 ** n.decimals;
    return Math.round(x * f) / f;
  }
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
  return Math.round(x / magnitude) * magnitude;
}

/** Writes `value` the way the text wrote the answer ("23,000", "US$2.1 billion"). */
export function formatNumberLike(value: number, n: NumberMention): string {
  const fixed = n.decimals > 0 ? value.toFixed(n.decimals) : String(Math.round(value));
  const [whole = "", fraction] = fixed.split(".");
  // Thousands separators written by hand: locale-independent output.
  const grouped = n.commas || value >= 1000 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const digits = fraction !== undefined ? `${grouped}.${fraction}` : grouped;
  if (n.currency === undefined) return digits;
  const space = /\s$/.test(n.text.slice(0, n.text.indexOf(n.currency) + n.currency.length + 1)) ? " " : "";
  return `${n.currency}${space}${digits}${n.scale ? ` ${n.scale}` : ""}`;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}
