// Eras for grouping timeline events. The defaults fit a history of Japan–Peru relations but are named
// broadly; any corpus can pass its own, or use the generic century grouping.

export interface Era {
  id: string;
  label: string;
  /** Inclusive bounds; open-ended when absent. */
  from?: number;
  to?: number;
}

export const DEFAULT_ERAS: readonly Era[] = [
  { id: "early-contacts", label: "Early contacts and migration (before 1941)", to: 1940 },
  { id: "war-and-rebuilding", label: "War and rebuilding (1941–1989)", from: 1941, to: 1989 },
  { id: "fujimori-years", label: "The Fujimori years (1990–2000)", from: 1990, to: 2000 },
  { id: "twenty-first-century", label: "The 21st century (2001–)", from: 2001 },
];

export function eraFor(year: number, eras: readonly Era[]): Era {
  return eras.find((e) => (e.from === undefined || year >= e.from) && (e.to === undefined || year <= e.to)) ?? centuryEra(year);
}

/** Generic fallback: one era per century ("The 19th century"). */
export function centuryEra(year: number): Era {
  const n = Math.floor(year / 100) + 1;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return { id: `century-${n}`, label: `The ${n}${suffix} century`, from: (n - 1) * 100, to: (n - 1) * 100 + 99 };
}
