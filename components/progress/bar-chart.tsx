import { ChartDataTable } from "./chart-data-table";
import { ChartFrame } from "./chart-frame";
import { CHART_WIDTH, MARGIN, niceScale, PLOT_HEIGHT, PLOT_WIDTH, ticks, yFor } from "./chart-geometry";

export interface Bar {
  key: string;
  /** Short x-axis text ("Thu", "9 May"). */
  axisLabel: string;
  /** Full text for the data table ("Thursday 9 May"). */
  label: string;
  value: number;
}

export interface BarChartProps {
  /** Unique on the page: prefixes the title/desc ids. */
  id: string;
  title: string;
  /** The text alternative: what the chart shows and its main message. */
  description: string;
  bars: readonly Bar[];
  categoryHeader: string;
  valueHeader: string;
  /** Print each value above its bar (for short series). */
  showValues?: boolean;
  /** Label every nth bar, counting back from the last one. */
  labelEvery?: number;
}

/** Vertical bars in a responsive SVG, with its title, description and a table of the numbers. */
export function BarChart({ id, title, description, bars, categoryHeader, valueHeader, showValues = false, labelEvery = 1 }: BarChartProps) {
  const { top, step } = niceScale(Math.max(0, ...bars.map((b) => b.value)));
  const band = PLOT_WIDTH / Math.max(1, bars.length);
  const barWidth = Math.max(2, band * 0.7);
  const baseline = MARGIN.top + PLOT_HEIGHT;

  return (
    <figure>
      <ChartFrame id={id} title={title} description={description} top={top} gridlines={ticks(top, step).map((tick) => ({ value: tick, label: String(tick) }))}>
        {bars.map((bar, i) => {
          const x = MARGIN.left + i * band + (band - barWidth) / 2;
          const y = yFor(bar.value, top);
          const labelled = (bars.length - 1 - i) % labelEvery === 0;
          const lastOfMany = labelEvery > 1 && i === bars.length - 1;
          return (
            <g key={bar.key}>
              {bar.value > 0 ? (
                <rect x={x} y={y} width={barWidth} height={baseline - y} rx={Math.min(3, barWidth / 3)} className="fill-brand-700" />
              ) : null}
              {showValues ? (
                <text x={x + barWidth / 2} y={y - 4} textAnchor="middle" className="fill-stone-800 font-semibold">
                  {bar.value}
                </text>
              ) : null}
              {labelled ? (
                // The last of many narrow bars ends its label at the edge rather than overflowing it.
                <text
                  x={lastOfMany ? CHART_WIDTH - MARGIN.right : x + barWidth / 2}
                  y={baseline + 16}
                  textAnchor={lastOfMany ? "end" : "middle"}
                  className="fill-stone-600"
                >
                  {bar.axisLabel}
                </text>
              ) : null}
            </g>
          );
        })}
      </ChartFrame>
      <ChartDataTable
        caption={title}
        headers={[categoryHeader, valueHeader]}
        rows={bars.map((bar) => ({ key: bar.key, cells: [bar.label, bar.value] }))}
      />
    </figure>
  );
}
