// Wrong years that look right: other years from the corpus near the answer first, then nearby
// years; never a year that is true for the same event or subject anywhere in the corpus.
import { shuffle, type Rng } from "./prng";

export interface YearDistractorOptions {
  answer: number;
  isForbidden: (year: number) => boolean;
  /** Distinct years the corpus states, ascending. */
  pool: readonly number[];
  rng: Rng;
  count?: number;
  min: number;
  max: number;
  /** Years that must not appear either (e.g. other years in the same sentence are fine, but not these). */
  avoid?: readonly number[];
}

export function yearDistractors(opts: YearDistractorOptions): number[] {
  const { answer, isForbidden, pool, rng, min, max } = opts;
  const count = opts.count ?? 3;
  const avoid = new Set(opts.avoid ?? []);
  const ok = (y: number, chosen: number[]) =>
    y !== answer && y >= min && y <= max && !isForbidden(y) && !avoid.has(y) && !chosen.includes(y);
  const chosen: number[] = [];
  // Up to two plausible years the corpus itself mentions, within 30 years.
  const near = nearestYears(pool, answer, 30, 8).filter((y) => ok(y, []));
  for (const y of shuffle(near, rng)) {
    if (chosen.length >= Math.min(2, count)) break;
    if (ok(y, chosen)) chosen.push(y);
  }
  const offsets = shuffle([-2, -3, -4, -5, -6, -7, -8, -10, -12, -15, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15], rng);
  for (const off of offsets) {
    if (chosen.length >= count) break;
    if (ok(answer + off, chosen)) chosen.push(answer + off);
  }
  for (let off = 16; chosen.length < count && off < 200; off++) {
    for (const y of [answer - off, answer + off]) if (chosen.length < count && ok(y, chosen)) chosen.push(y);
  }
  return chosen;
}

/** Up to `limit` pool years within `radius` of `year`, nearest first (binary search: no full scan). */
function nearestYears(pool: readonly number[], year: number, radius: number, limit: number): number[] {
  let lo = 0;
  let hi = pool.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pool[mid] ?? 0) < year) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  let left = lo - 1;
  let right = lo;
  while (out.length < limit && (left >= 0 || right < pool.length)) {
    const l = pool[left];
    const r = pool[right];
    const dl = l === undefined ? Infinity : year - l;
    const dr = r === undefined ? Infinity : r - year;
    if (Math.min(dl, dr) > radius) break;
    if (dl <= dr && l !== undefined) {
      out.push(l);
      left--;
    } else if (r !== undefined) {
      out.push(r);
      right++;
    }
  }
  return out;
}
