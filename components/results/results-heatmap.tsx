import type { HeatmapOutcome } from "@/lib/domain/results/heatmap";
import type { HeatmapView } from "@/lib/domain/results/views";
import { ScrollRegion } from "@/components/ui/scroll-region";

// Every cell carries a symbol and a word for screen readers; the colour only repeats them.
const CELL: Record<HeatmapOutcome, { symbol: string; words: string; className: string }> = {
  correct: { symbol: "✓", words: "correct", className: "bg-emerald-100 text-emerald-900" },
  partial: { symbol: "½", words: "partly correct", className: "bg-amber-100 text-amber-900" },
  wrong: { symbol: "✗", words: "wrong", className: "bg-red-100 text-red-900" },
  unanswered: { symbol: "–", words: "not answered", className: "bg-stone-100 text-stone-800" },
  "no-attempt": { symbol: "", words: "no submitted attempt", className: "bg-white text-stone-600" },
};

/** Students × questions as a real table: row and column headers, a symbol and words in every cell. */
export function ResultsHeatmap({ heatmap }: { heatmap: HeatmapView }) {
  if (heatmap.rows.length === 0) return <p className="text-sm text-stone-700">No students yet.</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm text-stone-700">
        ✓ correct · ½ partly correct (ordering) · ✗ wrong · – not answered · blank: no submitted attempt. The attempt that counts is shown.
      </p>
      <ScrollRegion label="Heatmap, scrolls sideways">
        <table className="border-collapse text-center text-sm" data-testid="heatmap">
          <caption className="sr-only">Each student’s result on each question</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 bg-white px-2 py-1 text-left font-semibold">Student</th>
              {heatmap.columns.map((c) => (
                <th key={c.questionId} scope="col" className="px-1 py-1 font-semibold tabular-nums">
                  <a href={`#question-${c.label.slice(1)}`} className="text-brand-700 underline-offset-2 hover:underline">{c.label}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.rows.map((row) => (
              <tr key={row.studentId}>
                <th scope="row" className="sticky left-0 whitespace-nowrap bg-white px-2 py-1 text-left font-medium">{row.name}</th>
                {row.cells.map((cell, i) => {
                  const style = CELL[cell.outcome];
                  return (
                    <td key={heatmap.columns[i]?.questionId ?? i} className={`h-8 w-8 border border-white ${style.className}`}>
                      <span aria-hidden="true">{style.symbol}</span>
                      <span className="sr-only">{style.words}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
