/**
 * An indicator as a small line chart with the same numbers in a table beside it (issue 21): the
 * baseline, the yearly values (a solid line with dots) and the target (a dashed line to a labelled
 * ring), with Norwegian numbers on the axes. Inline SVG drawn on the server, no client JavaScript;
 * the geometry is line-chart.ts's. The SVG has role="img" and a name that says what it shows; the
 * table is the accessible equivalent and is never left out. Colour carries nothing alone: the target
 * is dashed and labelled, the legend says so in words.
 */
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { formatNumber, useT, type Messages } from "~/i18n";
import { lineChart, type ChartPoint } from "./line-chart";

export type ChartIndicator = {
  name: string;
  unit: string;
  source: string;
  baseline: ChartPoint;
  target: ChartPoint | null;
  values: readonly ChartPoint[];
};

/** A value with its unit, as a reader says it: "62,5 %", "1 240 personer". */
export function indicatorValue(value: number, unit: string, t: Messages): string {
  const number = formatNumber(value, t);
  return unit ? `${number} ${unit}` : number;
}

export function IndicatorChart({ indicator, className = "" }: { indicator: ChartIndicator; className?: string }) {
  const t = useT();
  const c = t.places.programmesPage.chart;
  const g = lineChart({ baseline: indicator.baseline, values: indicator.values, target: indicator.target });
  const show = (p: ChartPoint) => indicatorValue(p.value, indicator.unit, t);
  const last = g.measured[g.measured.length - 1]!;
  const first = g.measured[0]!;
  const label = c.label(
    indicator.name,
    `${first.year}: ${show(first)}`,
    `${last.year}: ${show(last)}`,
    indicator.target ? `${indicator.target.year}: ${show(indicator.target)}` : null,
  );
  // The table lists what was entered: the baseline, every yearly value, the target.
  const rows = [
    { year: indicator.baseline.year, value: indicator.baseline.value, kind: c.baseline },
    ...[...indicator.values].sort((a, b) => a.year - b.year).map((v) => ({ ...v, kind: c.measured })),
    ...(indicator.target ? [{ ...indicator.target, kind: c.target }] : []),
  ];

  return (
    <div className={`grid gap-4 md:grid-cols-2 md:items-start print:grid-cols-2 print:break-inside-avoid ${className}`}>
      <figure className="m-0 min-w-0">
        <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={label} className="h-auto w-full max-w-md text-[12px] text-brand-700">
          {g.yTicks.map((tick) => (
            <g key={`y${tick.value}`}>
              <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} stroke="#d1d5db" strokeWidth={1} />
              <text x={g.plot.left - 6} y={tick.y} dy="0.32em" textAnchor="end" fill="#374151">
                {formatNumber(tick.value, t)}
              </text>
            </g>
          ))}
          <line x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} stroke="#374151" strokeWidth={1} />
          {g.xTicks.map((tick) => (
            <text key={`x${tick.year}`} x={tick.x} y={g.plot.bottom + 17} textAnchor="middle" fill="#374151">
              {tick.year}
            </text>
          ))}
          {g.targetPath && g.target ? (
            <g>
              <path d={g.targetPath} fill="none" stroke="currentColor" strokeWidth={2} strokeDasharray="6 5" />
              <circle cx={g.target.x} cy={g.target.y} r={5} fill="white" stroke="currentColor" strokeWidth={2} />
              <text x={g.target.x} y={g.target.y - 9} textAnchor="end" fill="#111827" fontWeight={600}>
                {c.target}
              </text>
            </g>
          ) : null}
          <path d={g.measuredPath} fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinejoin="round" />
          {g.measured.map((p) => (
            <circle key={p.year} cx={p.x} cy={p.y} r={3.5} fill="currentColor" />
          ))}
        </svg>
        <figcaption className="mt-1 flex flex-wrap gap-x-4 text-sm text-gray-700">
          <span className="inline-flex items-center gap-2">
            <svg width="28" height="10" aria-hidden="true" className="text-brand-700">
              <line x1="0" x2="28" y1="5" y2="5" stroke="currentColor" strokeWidth="2.5" />
            </svg>
            {c.legendMeasured}
          </span>
          {indicator.target ? (
            <span className="inline-flex items-center gap-2">
              <svg width="28" height="10" aria-hidden="true" className="text-brand-700">
                <line x1="0" x2="28" y1="5" y2="5" stroke="currentColor" strokeWidth="2" strokeDasharray="6 5" />
              </svg>
              {c.legendTarget}
            </span>
          ) : null}
          {indicator.source ? <span>{c.source(indicator.source)}</span> : null}
        </figcaption>
      </figure>
      <DataTable caption={c.caption(indicator.name)} className="min-w-0 text-sm">
        <thead>
          <tr>
            <Th>{c.colYear}</Th>
            <Th>{c.colKind}</Th>
            <Th numeric>{c.colValue}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.kind}-${r.year}`}>
              <Th scope="row">{r.year}</Th>
              <Td>{r.kind}</Td>
              <Td numeric>{indicatorValue(r.value, indicator.unit, t)}</Td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}
