// Join codes are read aloud and copied from a board: no 0/O, 1/I/L look-alikes, and case does not matter.

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

/** Bytes of randomness, e.g. crypto's getRandomValues; passed in so the domain stays pure and testable. */
export type RandomBytes = (count: number) => Uint8Array;

// Bytes at or above this would make the first characters likelier than the rest.
const UNBIASED_LIMIT = 256 - (256 % JOIN_CODE_ALPHABET.length);

/** A fresh code of JOIN_CODE_LENGTH characters from JOIN_CODE_ALPHABET, uniformly drawn. */
export function generateJoinCode(randomBytes: RandomBytes): string {
  let code = "";
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte >= UNBIASED_LIMIT) continue;
      code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
      if (code.length === JOIN_CODE_LENGTH) break;
    }
  }
  return code;
}

/**
 * What a student typed, as a stored code: upper case, without spaces or dashes; null when it cannot be a code
 * (wrong length, or a character codes never contain).
 */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]+/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const char of code) if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** "ABC DEF": easier to read out and copy than six letters in a row. */
export function displayJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/** The code of a join link's path ("/join/ABC234" → "ABC234"), or null when the path is no join link. */
export function joinCodeOfPath(path: string): string | null {
  const match = /^\/join\/([^/?#]+)$/.exec(path);
  if (!match) return null;
  try {
    return normalizeJoinCode(decodeURIComponent(match[1] as string));
  } catch {
    return null;
  }
}
