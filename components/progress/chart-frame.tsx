import type { ReactNode } from "react";
import { CHART_HEIGHT, CHART_WIDTH, FONT_SIZE, MARGIN, yFor } from "./chart-geometry";

/** The responsive SVG every chart shares: its accessible title and description, and labelled y gridlines. */
export function ChartFrame({
  id,
  title,
  description,
  top,
  gridlines,
  children,
}: {
  /** Unique on the page: prefixes the title/desc ids. */
  id: string;
  title: string;
  description: string;
  /** The value at the top of the plot. */
  top: number;
  gridlines: readonly { value: number; label: string }[];
  children: ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
      width="100%"
      className="h-auto w-full"
      fontSize={FONT_SIZE}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {gridlines.map(({ value, label }) => (
        <g key={value}>
          <line
            x1={MARGIN.left}
            x2={CHART_WIDTH - MARGIN.right}
            y1={yFor(value, top)}
            y2={yFor(value, top)}
            className={value === 0 ? "stroke-stone-500" : "stroke-stone-200"}
            strokeWidth={1}
          />
          <text x={MARGIN.left - 6} y={yFor(value, top)} dy="0.35em" textAnchor="end" className="fill-stone-600">
            {label}
          </text>
        </g>
      ))}
      {children}
    </svg>
  );
}
