import { useId } from "react";
import { Link } from "@remix-run/react";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { formatNumber, useT } from "~/i18n";
import type { MapRow } from "~/models/map.server";
import type { DrawnMap, MapClass } from "~/services/map.server";
import { MAP_MEASURES, type MapMeasure } from "~/validation/map";

/*
 * The map as the server drew it (app/services/map.server.ts): an inline SVG whose areas are links,
 * named by the area and its figure, in the order the server gave (districts, then the areas within
 * them, each level west to east). The classes are told apart by pattern as well as by tint, and the
 * legend prints each class's range, so nothing depends on colour; the table beside it has every
 * figure. The viewBox scales the picture to the column's width, on a phone and on paper.
 */

/** Tint and pattern per class: none, dots, diagonal lines, cross-hatching; darker as the figure grows. */
const CLASS_STYLE = [
  { fill: "#ffffff", ink: null },
  { fill: "#e0ecf8", ink: "dots" },
  { fill: "#a9c8ea", ink: "lines" },
  { fill: "#5b8fcc", ink: "cross" },
] as const;

function Patterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {CLASS_STYLE.map((style, i) => (
        <pattern key={i} id={`${prefix}-${i}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={style.fill} />
          {style.ink === "dots" ? <circle cx="4" cy="4" r="1.3" fill="#1e3a5f" /> : null}
          {style.ink === "lines" ? <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#1e3a5f" strokeWidth="1.2" /> : null}
          {style.ink === "cross" ? <path d="M0,0 l8,8 M8,0 l-8,8" stroke="#0b1d33" strokeWidth="1.4" /> : null}
        </pattern>
      ))}
    </defs>
  );
}

function usePrefix(): string {
  // useId's ":r1:" is not a valid fragment in url(#…); the same on the server and in the browser.
  return `map${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
}

export function AreaMap({ drawn, measure, label }: { drawn: DrawnMap; measure: MapMeasure; label: string }) {
  const t = useT();
  const m = t.places.map;
  const prefix = usePrefix();
  const [x, y, w, h] = drawn.viewBox;
  return (
    <figure className="mt-4 print:break-inside-avoid">
      <svg viewBox={`${x} ${y} ${w} ${h}`} width="100%" role="group" aria-label={label} className="block h-auto max-w-[40rem] print:max-w-full">
        <Patterns prefix={prefix} />
        {drawn.areas.map((area) => {
          const name = m.areaLink(area.name, m.figure[measure](area.value));
          return (
            <Link
              key={area.slug}
              to={`/omrader/${area.slug}`}
              aria-label={name}
              className="[&:focus-visible>path]:stroke-[#b3261e] [&:focus-visible>path]:stroke-[4px] [&:hover>path]:stroke-[3px]"
            >
              <title>{name}</title>
              <path d={area.d} fill={`url(#${prefix}-${area.classIndex})`} stroke="#0b1d33" strokeWidth={area.depth === 0 ? 1.5 : 1} strokeLinejoin="round" />
            </Link>
          );
        })}
      </svg>
      <figcaption className="mt-2">
        <Legend classes={drawn.classes} prefix={prefix} />
        {drawn.areas.some((a) => a.depth > 0) ? <p className="mt-1 text-sm text-gray-800">{m.childrenOnTop}</p> : null}
      </figcaption>
    </figure>
  );
}

function Legend({ classes, prefix }: { classes: MapClass[]; prefix: string }) {
  const t = useT();
  const m = t.places.map;
  return (
    <>
      <p className="font-semibold">{m.legendHeading}</p>
      <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
        {classes.map((c) => (
          <li key={c.index} className="flex items-center gap-2">
            <svg width="28" height="18" aria-hidden="true" focusable="false">
              <rect x="1" y="1" width="26" height="16" fill={`url(#${prefix}-${c.index})`} stroke="#0b1d33" />
            </svg>
            <span>
              {m.classNames[c.index]} ({m.classRange(c.from, c.to)})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Indentation by depth in the tree (classes, not a style attribute: the CSP allows no inline styles). */
const INDENT = ["", "pl-5", "pl-10", "pl-14"] as const;

/** The class a figure falls in, in words, for the table. */
function classLabel(value: number, classes: MapClass[] | undefined, names: readonly string[]): string | null {
  const found = classes?.find((c) => value >= c.from && (c.to === null || value <= c.to));
  return found ? names[found.index] ?? null : null;
}

/** The map's figures as a table: every area in view, with or without an outline. */
export function MapTable({ rows, measure, classes, showBoundary }: { rows: MapRow[]; measure: MapMeasure; classes?: MapClass[]; showBoundary: boolean }) {
  const t = useT();
  const m = t.places.map;
  return (
    <DataTable caption={m.tableCaption(m.measures[measure])} className="mt-4">
      <thead>
        <tr>
          <Th>{m.colArea}</Th>
          <Th numeric>{m.measures[measure]}</Th>
          {classes ? <Th>{m.colClass}</Th> : null}
          {showBoundary ? <Th>{m.colBoundary}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.slug}>
            <Td>
              <span className={`inline-block ${INDENT[Math.min(row.depth, INDENT.length - 1)]}`}>
                <Link to={`/omrader/${row.slug}`} className="inline-flex min-h-11 items-center print:min-h-0">
                  {row.name}
                </Link>
              </span>
            </Td>
            <Td numeric>{formatNumber(row.value, t)}</Td>
            {classes ? <Td>{row.hasBoundary ? classLabel(row.value, classes, m.classNames) : "–"}</Td> : null}
            {showBoundary ? <Td>{row.hasBoundary ? m.hasBoundary : <strong>{m.noBoundary}</strong>}</Td> : null}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/**
 * The map of an area page or a programme page: its own heading, the measure to show (the page's
 * `vis`), the map and its table. Nothing when none of the areas has an outline: the page lists them.
 */
export function AreaMapSection({ view, measure, intro }: { view: { map: DrawnMap | null; rows: MapRow[] }; measure: MapMeasure; intro: string }) {
  const t = useT();
  const m = t.places.map;
  if (!view.map) return null;
  return (
    <section aria-labelledby="kart-heading" className="mt-10 print:mt-6 print:break-before-page">
      <h2 id="kart-heading" className="text-2xl font-bold print:text-xl">
        {m.areaMapHeading}
      </h2>
      <p className="mt-1 max-w-prose">{intro}</p>
      {/* Links, not a form: the lighter way to put the choice in the address on the pages every visitor loads. */}
      <nav aria-label={m.choose} className="no-print mt-2">
        <ul className="flex flex-wrap gap-x-5">
          {MAP_MEASURES.map((value) => (
            <li key={value}>
              <Link
                to={`?vis=${value}#kart-heading`}
                preventScrollReset
                aria-current={value === measure ? "true" : undefined}
                className={`inline-flex min-h-11 items-center ${value === measure ? "font-bold no-underline" : ""}`}
              >
                {m.measures[value]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-2 max-w-prose text-sm text-gray-800">{m.measureHints[measure]}</p>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] print:block">
        <AreaMap drawn={view.map} measure={measure} label={m.mapLabel(m.measures[measure])} />
        <MapTable rows={view.rows} measure={measure} classes={view.map.classes} showBoundary={false} />
      </div>
    </section>
  );
}
