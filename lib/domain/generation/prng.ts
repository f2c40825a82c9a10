// Seeded randomness: the same question id always gives the same choices and order.
import { hash53 } from "../document/stable-hash";

export type Rng = () => number;

/** mulberry32, seeded from a string. */
export function seededRng(seed: string): Rng {
  return mulberry32(hash53(seed));
}

/** mulberry32: a tiny, fast PRNG whose sequence depends only on its seed. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
