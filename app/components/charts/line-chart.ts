/**
 * The geometry of an indicator's small line chart (IndicatorChart.tsx), as a pure function so it can
 * be tested without rendering: the scales, the axis ticks, the measured line (baseline, then the
 * yearly values) and the dashed line from the last measured point to the target. Drawn on the server
 * into an inline SVG; no library, no client JavaScript.
 */
export type ChartPoint = { year: number; value: number };
export type PlottedPoint = ChartPoint & { x: number; y: number };

export type LineChartInput = {
  baseline: ChartPoint;
  /** The yearly values, in any order; a value in the baseline year replaces the baseline's point. */
  values: readonly ChartPoint[];
  target: ChartPoint | null;
  width?: number;
  height?: number;
};

export type LineChartGeometry = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number }[];
  /** Baseline first, then the values by year. */
  measured: PlottedPoint[];
  /** SVG path through the measured points ("M x y L x y …"). */
  measuredPath: string;
  target: PlottedPoint | null;
  /** SVG path from the last measured point to the target (drawn dashed); null without a target. */
  targetPath: string | null;
};

/** Room for the value labels on the left and the years below. */
const MARGIN = { left: 52, right: 14, top: 12, bottom: 26 };

/** Round numbers for a value axis: about `count` ticks covering [min, max]. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const rough = (max - min) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + step * 1e-9; v += step) ticks.push(round(v, step));
  if (ticks[ticks.length - 1]! < max) ticks.push(round(first + ticks.length * step, step));
  return ticks;
}

/** Years to label on the x axis: every year when few, otherwise an even spread with the first and last. */
export function yearTicks(from: number, to: number, maxTicks = 6): number[] {
  const span = to - from;
  if (span <= 0) return [from];
  const step = Math.max(1, Math.ceil(span / (maxTicks - 1)));
  const years: number[] = [];
  for (let y = from; y < to; y += step) years.push(y);
  // The last year always gets its label; a tick too close before it gives way.
  if (years.length > 1 && to - years[years.length - 1]! < step) years.pop();
  years.push(to);
  return years;
}

export function lineChart({ baseline, values, target, width = 320, height = 180 }: LineChartInput): LineChartGeometry {
  const byYear = new Map<number, number>([[baseline.year, baseline.value]]);
  for (const v of [...values].sort((a, b) => a.year - b.year)) byYear.set(v.year, v.value);
  const measuredData = [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
  const all = [...measuredData, ...(target ? [target] : [])];

  let firstYear = Math.min(...all.map((p) => p.year));
  let lastYear = Math.max(...all.map((p) => p.year));
  if (firstYear === lastYear) {
    firstYear -= 1;
    lastYear += 1;
  }
  const ticks = niceTicks(Math.min(...all.map((p) => p.value)), Math.max(...all.map((p) => p.value)));
  const low = ticks[0]!;
  const high = ticks[ticks.length - 1]!;

  const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
  const x = (year: number) => plot.left + ((year - firstYear) / (lastYear - firstYear)) * (plot.right - plot.left);
  const y = (value: number) => (high === low ? (plot.top + plot.bottom) / 2 : plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top));
  const place = (p: ChartPoint): PlottedPoint => ({ ...p, x: fixed(x(p.year)), y: fixed(y(p.value)) });

  const measured = measuredData.map(place);
  const targetPoint = target ? place(target) : null;
  const last = measured[measured.length - 1]!;
  return {
    width,
    height,
    plot,
    xTicks: yearTicks(firstYear, lastYear).map((year) => ({ year, x: fixed(x(year)) })),
    yTicks: ticks.map((value) => ({ value, y: fixed(y(value)) })),
    measured,
    measuredPath: measured.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" "),
    target: targetPoint,
    targetPath: targetPoint ? `M${last.x} ${last.y} L${targetPoint.x} ${targetPoint.y}` : null,
  };
}

/** Two decimals in the SVG: enough for any screen, and stable text for tests and caches. */
const fixed = (n: number) => Math.round(n * 100) / 100;
/** Removes floating-point dust from a tick (0.30000000000000004 → 0.3). */
const round = (v: number, step: number) => {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(v.toFixed(decimals));
};
