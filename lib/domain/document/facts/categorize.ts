// Keyword rules for a fact's category (display, distractor similarity) and its concepts (source matching).
import type { FactCategory } from "./fact-types";

const CATEGORY_RULES: [FactCategory, RegExp][] = [
  ["agreement", /\b(agreements?|treaty|treaties|accord|EPA|FTA|came into force|entered into force|ratif\w*|signed)\b/i],
  ["conflict", /\b(war|hostages?|attack\w*|stormed|killed|insurgents?|guerrilla\w*|deported|internment|broke diplomatic relations|incident|abducted|kidnapp\w*|looted|burned)\b/i],
  ["migration", /\b(migrants?|migration|immigra\w*|emigra\w*|Sakuramaru|Dekasegi|diaspora|nikkei)\b/i],
  ["visit", /\b(visit\w*|flew to|trip to|travel\w* to)\b/i],
  ["economy", /\b(trade|invest\w*|exports?|imports?|economic|US\$|billion|million)\b/i],
  ["diplomacy", /\b(diplomatic|relations|relationship|meeting|summit|ambassador|embassy|foreign minister|conference|UN)\b/i],
  ["politics", /\b(president|presidency|elect\w*|election|independence|resign\w*|arrested|citizenship|government|Meiji|period)\b/i],
  ["culture", /\b(anniversary|friendship year|celebrat\w*|cultur\w*|television|broadcasting|education)\b/i],
];

export function categorize(text: string): FactCategory {
  for (const [category, re] of CATEGORY_RULES) if (re.test(text)) return category;
  return "other";
}

// Concepts are narrower than categories: two sources describe "the same event" only if a name
// and a concept match (Fujimori's election ≠ Fujimori's arrest).
const CONCEPT_RULES: [string, RegExp][] = [
  ["visit", /\b(visit\w*|paid an? (?:official )?visit|flew to|trip to|travel\w* to)\b/i],
  ["election", /\b(elect\w*|became (?:the first )?[\w\s-]*president|inaugurat\w*)\b/i],
  ["agreement", /\b(agreements?|treaty|treaties|accord|EPA|FTA|came into force|entered into force|ratif\w*)\b/i],
  ["hostage", /\b(hostages?|stormed|insurgents|commandos|siege)\b/i],
  ["arrest", /\b(arrested|extradit\w*)\b/i],
  ["independence", /\bindependence\b/i],
  ["meeting", /\b(meeting|met with|summit)\b/i],
  ["relations-origin", /\b(establish\w* (?:formal )?(?:diplomatic )?relations|friendly relationship|years of diplomatic relations|relations? (?:between [\w\s]+ )?go(?:es)? back)\b/i],
  ["migration-origin", /\b(migrants?[\w\s,]* arrived|migration (?:was )?established|immigration of \w+ nationals|first immigrated|systematic immigration)\b/i],
  ["relations-broken", /\bbroke (?:off )?diplomatic relations\b/i],
  ["anniversary", /\banniversary\b/i],
];

export function conceptsOf(text: string): string[] {
  return CONCEPT_RULES.filter(([, re]) => re.test(text)).map(([c]) => c);
}

const STATISTIC = /\b(totaled|totalled|amounted to|stood at|numbered|reached US\$|was worth)\b/i;

export function isStatistic(text: string): boolean {
  return STATISTIC.test(text);
}
