import { GATE_CHECKS, type DropCounts } from "./gate-checks";

/** "dropped 12 of 80 candidates: grammar 5, span 4, context 3" (checks that dropped nothing are left out). */
export function describeDrops(candidates: number, drops: DropCounts): string {
  const total = GATE_CHECKS.reduce((sum, name) => sum + drops[name], 0);
  const parts = GATE_CHECKS.filter((name) => drops[name] > 0).map((name) => `${name} ${drops[name]}`);
  return `gate dropped ${total} of ${candidates} candidates${parts.length ? `: ${parts.join(", ")}` : ""}`;
}
