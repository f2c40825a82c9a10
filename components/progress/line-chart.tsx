import { useTranslations } from "next-intl";
import { ChartDataTable } from "./chart-data-table";
import { ChartFrame } from "./chart-frame";
import { MARGIN, PLOT_WIDTH, yFor } from "./chart-geometry";

export interface LinePoint {
  key: string;
  axisLabel: string;
  label: string;
  /** 0..1, or null where there is no data: the line breaks there instead of dropping to 0. */
  value: number | null;
  /** Table text beside the value, e.g. "8 of 10 right". */
  detail: string;
}

export interface PercentLineChartProps {
  id: string;
  title: string;
  description: string;
  points: readonly LinePoint[];
  categoryHeader: string;
  valueHeader: string;
  detailHeader: string;
}

const PERCENT_TICKS = [0, 0.5, 1];

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** Consecutive runs of points that have data; each run is drawn as one line. */
function runs<T extends { value: number | null }>(points: readonly T[]): T[][] {
  const result: T[][] = [];
  let current: T[] = [];
  for (const point of points) {
    if (point.value === null) {
      if (current.length > 0) result.push(current);
      current = [];
    } else current.push(point);
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** A 0–100% line with labelled points; periods without data show as gaps marked "no data". */
export function PercentLineChart({ id, title, description, points, categoryHeader, valueHeader, detailHeader }: PercentLineChartProps) {
  const t = useTranslations("progress");
  const band = PLOT_WIDTH / Math.max(1, points.length);
  const xOf = (i: number) => MARGIN.left + band * (i + 0.5);
  const baseline = yFor(0, 1);
  const placed = points.map((point, i) => ({ ...point, x: xOf(i), y: point.value === null ? baseline : yFor(point.value, 1) }));

  return (
    <figure>
      <ChartFrame id={id} title={title} description={description} top={1} gridlines={PERCENT_TICKS.map((tick) => ({ value: tick, label: percent(tick) }))}>
        {runs(placed).map((run) =>
          run.length > 1 ? (
            <polyline
              key={run[0]?.key}
              points={run.map((p) => `${p.x},${p.y}`).join(" ")}
              fill="none"
              className="stroke-brand-700"
              strokeWidth={2.5}
              strokeLinejoin="round"
            />
          ) : null,
        )}
        {placed.map((point) => (
          <g key={point.key}>
            {point.value === null ? (
              <text x={point.x} y={baseline - 8} textAnchor="middle" className="fill-stone-600 italic">
                no data
              </text>
            ) : (
              <>
                <circle cx={point.x} cy={point.y} r={4.5} className="fill-brand-700 stroke-white" strokeWidth={1.5} />
                <text
                  x={point.x}
                  y={point.y - 9}
                  textAnchor="middle"
                  className="fill-stone-800 font-semibold"
                >
                  {percent(point.value)}
                </text>
              </>
            )}
            <text x={point.x} y={baseline + 16} textAnchor="middle" className="fill-stone-600">
              {point.axisLabel}
            </text>
          </g>
        ))}
      </ChartFrame>
      <ChartDataTable
        caption={title}
        headers={[categoryHeader, valueHeader, detailHeader]}
        rows={points.map((point) => ({
          key: point.key,
          cells: [point.label, point.value === null ? t("noDataCell") : percent(point.value), point.detail],
        }))}
      />
    </figure>
  );
}
