// "Which Japanese prime minister visited Peru in 1959?" / "Which agreement did Japan and Peru sign in 1979?"
// Answers and distractors are entries of the same list; an entry listed for the same year never appears.
import type { DatedFact } from "../document/facts/fact-types";
import type { Document } from "../document/types";
import { seededRng, shuffle } from "./prng";
import { questionId, quoteLine, sourceOf } from "./question-text";
import type { Question } from "./question-types";

const DEMONYMS: Record<string, string> = {
  japan: "Japanese", peru: "Peruvian", china: "Chinese", brazil: "Brazilian", mexico: "Mexican", chile: "Chilean",
  argentina: "Argentine", bolivia: "Bolivian", colombia: "Colombian", ecuador: "Ecuadorian", korea: "Korean",
  "south korea": "South Korean", "the united states": "American", "united states": "American", spain: "Spanish",
  france: "French", germany: "German", india: "Indian", canada: "Canadian", "the philippines": "Filipino",
};

type Role = "prime minister" | "president" | "royal" | "other";

function roleOf(entry: string): Role {
  if (/\bPrime Minister\b/i.test(entry)) return "prime minister";
  if (/\bPresident\b/i.test(entry)) return "president";
  if (/\b(Prince|Princess|Emperor|Empress|King|Queen|Crown)\b/.test(entry)) return "royal";
  return "other";
}

/** Groups list facts by list id once, so each question only looks at its own list. */
export function listFactsById(facts: readonly DatedFact[]): Map<string, DatedFact[]> {
  const out = new Map<string, DatedFact[]>();
  for (const f of facts) {
    if (!f.list) continue;
    const list = out.get(f.list.listId);
    if (list) list.push(f);
    else out.set(f.list.listId, [f]);
  }
  return out;
}

export function whoWhatQuestion(fact: DatedFact, doc: Document, siblings: readonly DatedFact[]): Question | null {
  const list = fact.list;
  if (!list || fact.resolvedFrom) return null;
  const year = fact.date.year;
  const role = roleOf(list.entry);
  // Entries that are not listed for this year (each entry once).
  const others = new Map<string, DatedFact>();
  for (const s of siblings) {
    if (s.list && s.list.entry !== list.entry && !s.list.years.includes(year) && !others.has(s.list.entry)) others.set(s.list.entry, s);
  }
  const sameRole = [...others.keys()].filter((e) => roleOf(e) === role);
  const useRole = role !== "other" && sameRole.length >= 3;
  const pool = useRole ? sameRole : [...others.keys()];
  if (pool.length < 3) return null;
  const prompt = promptFor(fact, useRole ? role : "other");
  if (!prompt) return null;
  const id = questionId("who-what", fact.sentenceId, fact.id);
  const rng = seededRng(id);
  const distractors = shuffle(pool, rng).slice(0, 3);
  return {
    id,
    kind: "who-what",
    prompt,
    answer: list.entry,
    choices: shuffle([list.entry, ...distractors], rng),
    explanation: `${list.entry} (${list.years.join(", ")}). ${quoteLine(doc, fact.quote)}`,
    source: sourceOf(fact, doc),
    factIds: [fact.id],
  };
}

function promptFor(fact: DatedFact, role: Role): string | null {
  const list = fact.list;
  if (!list) return null;
  const year = fact.date.year;
  if (list.destination) {
    const demonym = list.origin ? DEMONYMS[list.origin.toLowerCase()] : undefined;
    const from = list.origin ? ` from ${list.origin}` : "";
    if (role === "prime minister" || role === "president") {
      return demonym ? `Which ${demonym} ${role} visited ${list.destination} in ${year}?` : `Which ${role}${from} visited ${list.destination} in ${year}?`;
    }
    if (role === "royal") {
      const family = list.origin?.toLowerCase() === "japan" ? "imperial" : "royal";
      return demonym ? `Which member of the ${demonym} ${family} family visited ${list.destination} in ${year}?` : `Which royal visitor${from} went to ${list.destination} in ${year}?`;
    }
    return `Who visited ${list.destination}${from} in ${year}, according to the list “${list.title}”?`;
  }
  if (list.actor && list.verbBase) return `Which ${list.noun ?? "item"} did ${list.actor} ${list.verbBase} in ${year}?`;
  if (list.noun === "agreement") return `Which agreement was signed in ${year}?`;
  return null;
}
