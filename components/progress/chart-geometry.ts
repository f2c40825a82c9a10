// Shared SVG frame: a 320-unit-wide viewBox renders about 1:1 on a 375px phone, so 11-unit text stays readable.

export const CHART_WIDTH = 320;
export const CHART_HEIGHT = 170;
export const MARGIN = { top: 18, right: 8, bottom: 24, left: 38 } as const;
export const PLOT_WIDTH = CHART_WIDTH - MARGIN.left - MARGIN.right;
export const PLOT_HEIGHT = CHART_HEIGHT - MARGIN.top - MARGIN.bottom;
export const FONT_SIZE = 11;

/** A y-axis top and step of 1, 2 or 5 × 10ⁿ, giving 2–5 whole-number gridlines above zero. */
export function niceScale(max: number): { top: number; step: number } {
  if (max <= 5) return { top: Math.max(4, Math.ceil(max)), step: 1 };
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  return { top: Math.ceil(max / step) * step, step };
}

export function ticks(top: number, step: number): number[] {
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

export function yFor(value: number, top: number): number {
  return MARGIN.top + PLOT_HEIGHT - (top === 0 ? 0 : (value / top) * PLOT_HEIGHT);
}
