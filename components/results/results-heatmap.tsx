import { useTranslations } from "next-intl";
import type { HeatmapOutcome } from "@/lib/domain/results/heatmap";
import type { HeatmapView } from "@/lib/domain/results/views";
import { ScrollRegion } from "@/components/ui/scroll-region";

// Every cell carries a symbol and a word for screen readers; the colour only repeats them.
const CELL: Record<HeatmapOutcome, { symbol: string; className: string }> = {
  correct: { symbol: "✓", className: "bg-emerald-100 text-emerald-900" },
  partial: { symbol: "½", className: "bg-amber-100 text-amber-900" },
  wrong: { symbol: "✗", className: "bg-red-100 text-red-900" },
  unanswered: { symbol: "–", className: "bg-stone-100 text-stone-800" },
  "no-attempt": { symbol: "", className: "bg-white text-stone-600" },
};

/** Students × questions as a real table: row and column headers, a symbol and words in every cell. */
export function ResultsHeatmap({ heatmap }: { heatmap: HeatmapView }) {
  const t = useTranslations("teach.heatmap");
  const tStats = useTranslations("teach.statistics");
  if (heatmap.rows.length === 0) return <p className="text-sm text-stone-700">{t("empty")}</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm text-stone-700">
        {t("legend")}
      </p>
      <ScrollRegion label={t("scroll")}>
        <table className="border-collapse text-center text-sm" data-testid="heatmap">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 bg-white px-2 py-1 text-left font-semibold">{t("student")}</th>
              {heatmap.columns.map((c) => (
                <th key={c.questionId} scope="col" className="px-1 py-1 font-semibold tabular-nums">
                  <a href={`#question-${c.label.slice(1)}`} className="text-brand-700 underline-offset-2 hover:underline">{tStats("questionNumber", { number: c.label.slice(1) })}</a>
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
                      <span className="sr-only">{t(cell.outcome)}</span>
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
