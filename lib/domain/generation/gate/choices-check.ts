// Two true choices: the same event cut twice (one per year of "late 2017 and early 2018"), two items of
// one sentence in an order question, or repeated choices.
import type { GateCheck } from "./gate-checks";
import { tokens } from "./question-texts";

function similarity(a: string, b: string): number {
  const wa = tokens(a).filter((w) => /^[a-z]/.test(w));
  const wb = tokens(b).filter((w) => /^[a-z]/.test(w));
  if (Math.min(wa.length, wb.length) < 4) return wa.join(" ") === wb.join(" ") ? 1 : 0;
  const setB = new Set(wb);
  const shared = wa.filter((w) => setB.has(w)).length;
  return (2 * shared) / (wa.length + wb.length);
}

export const duplicateChoices: GateCheck = (q, ctx) => {
  const choices = q.choices ?? [];
  if (new Set(choices.map((c) => c.toLowerCase())).size !== choices.length) return "repeated choice";
  if (q.kind === "chronology" && new Set(ctx.facts.map((f) => f.sentenceId)).size !== ctx.facts.length) return "two items from one sentence";
  if (q.kind === "event-for-date" || q.kind === "chronology") {
    for (let i = 0; i < choices.length; i++) {
      for (let j = i + 1; j < choices.length; j++) {
        if (similarity(choices[i] as string, choices[j] as string) >= 0.75) return `choices ${i + 1} and ${j + 1} are one event`;
      }
    }
  }
  return null;
};
