/**
 * Canonical form for comparing typed or chosen answers: Unicode NFKC (folds
 * full-width digits and letters common in Japanese input), case-folded,
 * whitespace collapsed, trailing punctuation dropped, and thousands
 * separators removed so "23,000" equals "23000".
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.,!?;:。、！？…]+$/u, "")
    .replace(/(\d)[,\u2009\u202f](?=\d{3}(?!\d))/g, "$1")
    .trim();
}
