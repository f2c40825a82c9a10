// How a 0..1 mastery reads on screen: always a text label with the colour, so colour is never the only cue.
// Class names are written out in full so Tailwind finds them.

export type MasteryLevel = "unseen" | "learning" | "familiar" | "strong";

/** Lower bounds of each level for a seen item. */
export const MASTERY_THRESHOLDS = { familiar: 0.5, strong: 0.8 } as const;

export interface MasteryStyle {
  level: MasteryLevel;
  /** "Not studied", "Learning", "Familiar", "Strong". */
  label: string;
  /** A pill or card with readable text: border + background + text colour. */
  badgeClass: string;
  /** A small marker (timeline dot, legend swatch); at least 3:1 against white, hollow when unseen. */
  dotClass: string;
  /** For SVG shapes (bars). */
  fillClass: string;
}

const STYLES: Record<MasteryLevel, Omit<MasteryStyle, "level">> = {
  unseen: {
    label: "Not studied",
    badgeClass: "border-stone-300 bg-stone-100 text-stone-700",
    dotClass: "border-2 border-stone-500 bg-white",
    fillClass: "fill-stone-400",
  },
  learning: {
    label: "Learning",
    badgeClass: "border-orange-300 bg-orange-50 text-orange-900",
    dotClass: "border-2 border-orange-700 bg-orange-700",
    fillClass: "fill-orange-700",
  },
  familiar: {
    label: "Familiar",
    badgeClass: "border-sky-300 bg-sky-50 text-sky-900",
    dotClass: "border-2 border-sky-700 bg-sky-700",
    fillClass: "fill-sky-700",
  },
  strong: {
    label: "Strong",
    badgeClass: "border-emerald-300 bg-emerald-50 text-emerald-900",
    dotClass: "border-2 border-emerald-700 bg-emerald-700",
    fillClass: "fill-emerald-700",
  },
};

/** `seen` may be a count (questions seen) or a flag; nothing seen means "Not studied" whatever the number. */
export function masteryLevel(mastery: number, seen: number | boolean): MasteryLevel {
  if (!seen) return "unseen";
  if (mastery >= MASTERY_THRESHOLDS.strong) return "strong";
  if (mastery >= MASTERY_THRESHOLDS.familiar) return "familiar";
  return "learning";
}

export function masteryStyle(mastery: number, seen: number | boolean): MasteryStyle {
  const level = masteryLevel(mastery, seen);
  return { level, ...STYLES[level] };
}

/** The legend, weakest first. */
export const MASTERY_LEGEND: readonly MasteryStyle[] = (["unseen", "learning", "familiar", "strong"] as const).map(
  (level) => ({ level, ...STYLES[level] }),
);
