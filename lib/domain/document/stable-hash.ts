// Small, dependency-free hashing for stable ids (sentences, facts, questions).
// cyrb53: 53-bit, good spread, identical in Node and browsers.

export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** 10 base-36 characters: short enough for URLs, wide enough to avoid collisions. */
export function shortHash(text: string): string {
  return hash53(text).toString(36).padStart(11, "0").slice(-10);
}

/** Whitespace/case/quote-insensitive form, so cosmetic edits keep ids. */
export function normalizeForId(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * Gives each key a unique id inside one scope: the first occurrence gets `base`,
 * later exact duplicates get `base-2`, `base-3`… (order of appearance).
 */
export class IdAllocator {
  private readonly seen = new Map<string, number>();
  allocate(base: string): string {
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}
