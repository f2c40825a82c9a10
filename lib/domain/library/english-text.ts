// The engine writes English questions, so a document must be mostly English. franc-min names the language of
// each paragraph; a quoted résumé or a foreign-language passage is fine as long as most of the text is English.
import { franc } from "franc-min";

const ENGLISH = new Set(["eng", "sco", "und"]);
const MIN_PARAGRAPH_LETTERS = 20;

/** Share (0..1) of the document's letters that sit in English paragraphs. */
export function englishShare(text: string): number {
  let english = 0;
  let total = 0;
  for (const paragraph of text.split(/\n\s*\n/)) {
    const letters = paragraph.replace(/[^\p{L}]/gu, "").length;
    if (letters < MIN_PARAGRAPH_LETTERS) continue;
    total += letters;
    if (ENGLISH.has(franc(paragraph))) english += letters;
  }
  if (total === 0) return ENGLISH.has(franc(text, { minLength: 3 })) ? 1 : 0;
  return english / total;
}

export function isMostlyEnglish(text: string): boolean {
  return englishShare(text) >= 0.5;
}
