// Names and acronyms in an event, normalized: "Prime Minister Shinzō Abe" → ["shinzo abe", "abe"],
// "Economic Partnership Agreement" → ["economic partnership agreement", "epa"].
import { foldAccents } from "../slug";

const TITLES = new Set(
  "mr mrs ms dr h.e. h.e president prime minister ministers prince princess crown emperor empress king queen foreign minister for affairs chair chairman secretary general ambassador judge supreme court captain former first lady his her majesty highness imperial sir lord".split(" "),
);
// Too common in this corpus to tell events apart.
const STOP = new Set(
  "japan peru japanese peruvian peruvians japan's peru's the in on at a an and of for with by to from this that it during after before when while however also both republic latin america american south north nations government".split(" "),
);
const GENERIC_HEADS = /\b(agreement|treaty|movement|conference|year|partnership|alliance|foundation|period|summit|meeting|council|organization|organisation|cooperation|relations|crisis|port|group|administration|society|community|office)\b/i;
const CONNECTORS = new Set(["of", "and", "on", "the", "de", "del", "la", "for"]);

function norm(text: string): string {
  return foldAccents(text).toLowerCase().replace(/['’]s$/, "").replace(/[^a-z0-9.\s-]/g, "").replace(/\s+/g, " ").trim();
}

export function entityKeys(text: string): string[] {
  const keys = new Set<string>();
  const words = text.replace(/[()“”"]/g, " ").split(/\s+/).filter(Boolean);
  let phrase: string[] = [];
  const flush = () => {
    while (phrase.length > 0 && CONNECTORS.has((phrase[phrase.length - 1] ?? "").toLowerCase())) phrase.pop();
    const named = phrase.filter((w) => !TITLES.has(norm(w)) && !STOP.has(norm(w)));
    // A lone generic word ("Agreement on the elimination of visas") names nothing in particular.
    if (named.length === 1 && GENERIC_HEADS.test(named[0] ?? "")) named.length = 0;
    if (named.length > 0) {
      const full = norm(named.join(" "));
      if (full.length > 1) keys.add(full);
      const capitals = named.filter((w) => /^[A-Z]/.test(w) && !CONNECTORS.has(w.toLowerCase()));
      if (capitals.length >= 2) keys.add(capitals.map((w) => w.charAt(0).toLowerCase()).join(""));
      // A person's surname also identifies them ("Fujimori" = "Alberto Fujimori").
      if (!GENERIC_HEADS.test(full) && capitals.length >= 2 && capitals.length <= 4) keys.add(norm(capitals[capitals.length - 1] ?? ""));
    }
    phrase = [];
  };
  for (let i = 0; i < words.length; i++) {
    const raw = words[i] ?? "";
    const word = raw.replace(/[,.;:!?]+$/, "");
    // "Prime Minister Abe's grandfather": the possessor is not who acted.
    const possessive = /['’]s$/.test(word) && /^[a-z]/.test(words[i + 1] ?? "");
    if (possessive) {
      phrase = [];
      continue;
    }
    const capital = /^[A-ZÀ-Ý]/.test(word) && !(i === 0 && STOP.has(word.toLowerCase()));
    if (capital || (phrase.length > 0 && CONNECTORS.has(word.toLowerCase()))) {
      phrase.push(word);
      if (/^[A-Z]{2,}$/.test(word)) keys.add(word.toLowerCase());
    } else {
      flush();
    }
    if (/[,.;:!?]$/.test(raw)) flush();
  }
  flush();
  return [...keys].filter((k) => !STOP.has(k) && k.length > 1 && !/\d/.test(k));
}
