/**
 * An indicator's development as a small line chart, inline SVG rendered on the server: the baseline,
 * the yearly values and, dashed, the target. A picture only — its numbers are always in the table
 * beside it (the SVG is one image with a label saying so), as WCAG asks of a chart.
 */
import type { IndicatorView } from "~/models/report/types";

const W = 320;
const H = 140;
const PAD = { left: 36, right: 12, top: 12, bottom: 24 };

export function ReportChart({ indicator, label }: { indicator: IndicatorView; label: string }) {
  const points = [indicator.baseline, ...indicator.values.filter((v) => v.year !== indicator.baseline.year)];
  const all = [...points, ...(indicator.target ? [indicator.target] : [])];
  const years = all.map((p) => p.year);
  const values = all.map((p) => p.value);
  const [minY, maxY] = [Math.min(...years), Math.max(...years)];
  let [minV, maxV] = [Math.min(...values), Math.max(...values)];
  if (minV === maxV) [minV, maxV] = [minV - 1, maxV + 1];
  const x = (year: number) => PAD.left + (maxY === minY ? (W - PAD.left - PAD.right) / 2 : ((year - minY) / (maxY - minY)) * (W - PAD.left - PAD.right));
  const y = (v: number) => PAD.top + (1 - (v - minV) / (maxV - minV)) * (H - PAD.top - PAD.bottom);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  const last = points.at(-1)!;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="mt-3 w-full max-w-md print:max-w-[9cm] break-inside-avoid">
      <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} stroke="#68707c" />
      <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke="#68707c" />
      <text x={PAD.left} y={H - 6} fontSize="11" fill="#1e2b3c">
        {minY}
      </text>
      <text x={W - PAD.right} y={H - 6} fontSize="11" textAnchor="end" fill="#1e2b3c">
        {maxY}
      </text>
      <text x={PAD.left - 4} y={PAD.top + 4} fontSize="11" textAnchor="end" fill="#1e2b3c">
        {round(maxV)}
      </text>
      <text x={PAD.left - 4} y={H - PAD.bottom} fontSize="11" textAnchor="end" fill="#1e2b3c">
        {round(minV)}
      </text>
      {indicator.target ? (
        <line
          x1={x(last.year)}
          y1={y(last.value)}
          x2={x(indicator.target.year)}
          y2={y(indicator.target.value)}
          stroke="#1e6b52"
          strokeDasharray="4 3"
          strokeWidth="2"
        />
      ) : null}
      <path d={path} fill="none" stroke="#0062ba" strokeWidth="2.5" />
      {points.map((p) => (
        <circle key={p.year} cx={x(p.year)} cy={y(p.value)} r="3.5" fill="#0062ba" />
      ))}
    </svg>
  );
}

const round = (v: number) => String(Math.round(v * 10) / 10);
