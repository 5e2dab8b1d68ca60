import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { useT, type Messages } from "~/i18n";
import { SECTORS, type Sector } from "~/validation/enums";
import { SECTOR_STYLE, symbolPath } from "./sector-symbols";

export type NetworkDrawing = {
  width: number;
  height: number;
  fontSize: number;
  nodeRadius: number;
  /** A drawing is replaced whole, never edited, so the elements are keyed by their position. */
  nodes: { label: string; sector: Sector; x: number; y: number; labelX: number; labelY: number; anchor: "start" | "end" }[];
  edges: { d: string; strokeWidth: number }[];
};

/**
 * The collaboration network as an SVG drawn on the server (no script, no inline style: only SVG
 * presentation attributes, which the CSP allows). It is one image for assistive technology, with a
 * title and a description that point to the table carrying the same information.
 *
 * The drawing is the same for everyone until the data changes, and its few hundred elements were a
 * fifth of the page's render: the server turns it into markup once per data version and language
 * (app/services/collaboration-markup.server.ts), and the page inserts that markup as it is.
 */
export function NetworkDiagram({ markup }: { markup: string }) {
  const t = useT();
  return (
    <div
      className="mt-4 overflow-x-auto rounded border border-brand-100"
      tabIndex={0}
      role="region"
      aria-label={t.initiatives.collaboration.networkScroll}
      // Markup React itself rendered on the server from the drawing (escaped as any render is).
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}

/** The smallest size, in CSS px, that the drawing's labels are shown at; below it they were unreadable. */
export const MIN_LABEL_PX = 12;

/** The drawing itself; its texts come as props, since it is rendered apart from the page. */
export function NetworkSvg({ drawing, title, description }: { drawing: NetworkDrawing; title: string; description: string }) {
  // One drawing per page, so fixed ids (useId would count from the separate render's own root).
  const titleId = "nettverk-svg-tittel";
  const descId = "nettverk-svg-beskrivelse";
  // The drawing is never narrower than the width at which its labels are MIN_LABEL_PX: on a narrow
  // screen (and for a large network, on any) its region scrolls sideways instead of shrinking the
  // text. A wider column stretches it (min-w-full). The size is an attribute: the CSP allows no
  // inline style, and the markup is the same for every screen.
  const scale = MIN_LABEL_PX / drawing.fontSize;
  return (
    <svg
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      width={Math.ceil(drawing.width * scale)}
      height={Math.ceil(drawing.height * scale)}
      className="block h-auto min-w-full max-w-none"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <rect x="0" y="0" width={drawing.width} height={drawing.height} fill="#ffffff" />
      <g fill="none" stroke="#4b5563" strokeOpacity="0.5" strokeLinecap="round">
        {drawing.edges.map((e, i) => (
          <path key={i} d={e.d} strokeWidth={e.strokeWidth} />
        ))}
      </g>
      <g>
        {drawing.nodes.map((n, i) => (
          <path
            key={i}
            d={symbolPath(SECTOR_STYLE[n.sector].shape, n.x, n.y, drawing.nodeRadius)}
            fill={SECTOR_STYLE[n.sector].colour}
            stroke="#ffffff"
            strokeWidth="1.5"
          />
        ))}
      </g>
      <g fontSize={drawing.fontSize} fill="#1a1f1c" stroke="#ffffff" strokeWidth="4" strokeLinejoin="round" paintOrder="stroke">
        {drawing.nodes.map((n, i) => (
          <text key={i} x={n.labelX} y={n.labelY} textAnchor={n.anchor}>
            {n.label}
          </text>
        ))}
      </g>
    </svg>
  );
}

export type NetworkTableRow = { slug: string; name: string; sector: Sector; partners: { name: string; shared: number }[]; otherPartners: number };

/**
 * The table that says in text what the drawing shows: each drawn organisation, its sector and the
 * partners it shares most tiltak with. Rendered to markup with the drawing (the same for everyone
 * until the data changes), so its links are plain links: a click loads the profile as a document.
 */
export function NetworkTable({ rows, t }: { rows: NetworkTableRow[]; t: Messages }) {
  const c = t.initiatives.collaboration;
  return (
    <DataTable caption={c.tableCaption} className="mt-2">
      <thead>
        <tr>
          <Th>{c.organisation}</Th>
          <Th>{c.sector}</Th>
          <Th>{c.collaboratesWith}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.slug}>
            <Th scope="row" className="align-top font-medium">
              <a href={`/partnere/${row.slug}`}>{row.name}</a>
            </Th>
            <Td className="align-top">
              <span className="flex items-center gap-2">
                <SectorSymbol sector={row.sector} size={16} />
                {t.sectors[row.sector]}
              </span>
            </Td>
            <Td className="align-top">
              <ul>
                {row.partners.map((p, i) => (
                  // A list that only the data changes, in one order: the position is its key.
                  <li key={i}>{c.withShared(p.name, p.shared)}</li>
                ))}
                {row.otherPartners > 0 ? (
                  <li>
                    <a href={`/partnere/${row.slug}`}>{c.andOthers(row.otherPartners, row.name)}</a>
                  </li>
                ) : null}
              </ul>
            </Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** The key to the drawing: each sector's shape and colour, and what a line means. */
export function NetworkLegend({ headingLevel = 3 }: { headingLevel?: 3 | 4 }) {
  const t = useT();
  const c = t.initiatives.collaboration;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="mt-4">
      <Heading className="text-lg font-semibold">{c.legendHeading}</Heading>
      <p className="mt-1">{c.legendSector}</p>
      <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {SECTORS.map((sector) => (
          <li key={sector} className="flex items-center gap-3">
            <SectorSymbol sector={sector} />
            <span>{t.sectors[sector]}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 flex items-center gap-3">
        <svg aria-hidden="true" width="32" height="16" viewBox="0 0 32 16" className="shrink-0">
          <line x1="2" y1="5" x2="30" y2="5" stroke="#4b5563" strokeWidth="1.5" strokeLinecap="round" />
          <line x1="2" y1="12" x2="30" y2="12" stroke="#4b5563" strokeWidth="6" strokeLinecap="round" />
        </svg>
        <span>{c.legendLine}</span>
      </p>
    </div>
  );
}

/** A sector's symbol as a small decorative image (its name is always written next to it). */
export function SectorSymbol({ sector, size = 20 }: { sector: Sector; size?: number }) {
  const style = SECTOR_STYLE[sector];
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 24 24" className="shrink-0">
      <path d={symbolPath(style.shape, 12, 12, 8)} fill={style.colour} />
    </svg>
  );
}
