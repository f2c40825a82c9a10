// Cheap stop-word vote: enough to keep the French résumé (or a Spanish quote) out of the quiz.
import type { BlockLanguage } from "./types";

const STOP: Record<Exclude<BlockLanguage, "unknown">, ReadonlySet<string>> = {
  en: new Set("the of and to in is was were that for with by on as has have from are this which it its be been their an".split(" ")),
  fr: new Set("le la les des du et est une un pour que qui dans sur avec ont été ete entre au aux ces cette sont leur leurs pas ne se plus nous vous il elle lorsque".split(" ")),
  es: new Set("el los las del y que por con para una es se su sus al como más mas pero fue han entre sobre este esta".split(" ")),
};

/** Words shared by several languages ("de", "en", "a") are left out on purpose. */
export function detectLanguage(text: string): BlockLanguage {
  const words = text.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
  if (words.length < 4) return "en";
  const score = { en: 0, fr: 0, es: 0 };
  for (const w of words) {
    if (STOP.en.has(w)) score.en++;
    if (STOP.fr.has(w)) score.fr++;
    if (STOP.es.has(w)) score.es++;
  }
  const best = (Object.keys(score) as (keyof typeof score)[]).sort((a, b) => score[b] - score[a])[0] ?? "en";
  if (best === "en") return "en";
  // Demand a clear margin before calling a paragraph non-English.
  return score[best] >= 3 && score[best] > score.en * 1.5 ? best : "en";
}
