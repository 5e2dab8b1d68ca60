import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listingHref } from "~/components/initiatives/filter-urls";
import { NetworkDiagram, NetworkLegend, type NetworkDrawing } from "~/components/initiatives/NetworkDiagram";
import { renderNetworkSvg, renderNetworkTable } from "~/services/collaboration-markup.server";
import { languageFromRequest } from "~/services/language.server";
import { sectorIndex } from "~/components/initiatives/sector-symbols";
import { SelectField } from "~/components/ui/Field";
import { NarrowDisclosure } from "~/components/ui/NarrowDisclosure";
import { formatNumber, useT } from "~/i18n";
import { getCollaborationMatrix, getCollaborationNetwork } from "~/models/collaboration.server";
import { listProgrammeChoices } from "~/models/programme.server";
import { closestPartners, type SharedPartner } from "~/services/closest-partners";
import { DEFAULT_LAYOUT_OPTIONS, layoutNetwork, selectMostConnected } from "~/services/network-layout";
import { memoisePerDataVersion } from "~/utils/derived-cache.server";
import { pageMeta } from "~/utils/meta";
import { SECTORS } from "~/validation/enums";
import { ensureCanonicalListing } from "~/utils/listing.server";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t.initiatives.collaboration.title, description: t.initiatives.collaboration.intro }));

/** More organisations than this make the drawing unreadable; the rest are named in the note. */
const MAX_NETWORK_NODES = 40;

export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const programmes = listProgrammeChoices();
  const slug = url.searchParams.get("satsing")?.trim() || null;
  const programme = slug ? programmes.find((p) => p.slug === slug) : undefined;
  ensureCanonicalListing(url, "/samarbeid", { satsing: programme?.slug });
  const programmeId = programme?.id ?? null;
  const lang = languageFromRequest(request);
  const scope = programmeId ?? "alle";
  const { drawing, table, ...overview } = memoisePerDataVersion(`samarbeid:${scope}`, () => collaborationOverview(programmeId));
  return {
    programmes: programmes.map(({ slug, name }) => ({ slug, name })),
    programme: programme ? { slug: programme.slug, name: programme.name } : null,
    ...overview,
    // The drawing and its table go to the page as markup, rendered once per data version and
    // language: two strings instead of some 700 elements to render (and send as data) on every request.
    drawing: {
      drawn: drawing.nodes.length,
      markup: memoisePerDataVersion(`samarbeid-svg:${scope}:${lang}`, () => renderNetworkSvg(drawing, lang)),
      tableMarkup: memoisePerDataVersion(`samarbeid-table:${scope}:${lang}`, () => renderNetworkTable(table, lang)),
    },
  };
}

/** The matrix, the drawing and its table: derived from every public participation in scope. */
function collaborationOverview(programmeId: number | null) {
  const matrix = getCollaborationMatrix(programmeId);
  const { organisations, links } = getCollaborationNetwork(programmeId);
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const picked = selectMostConnected(
    organisations.map((o) => ({ id: o.id, label: o.name, group: sectorIndex(o.sector) })),
    links,
    MAX_NETWORK_NODES,
  );
  const layout = layoutNetwork(picked.nodes, picked.edges);

  const drawing: NetworkDrawing = {
    width: layout.width,
    height: layout.height,
    fontSize: DEFAULT_LAYOUT_OPTIONS.fontSize,
    nodeRadius: DEFAULT_LAYOUT_OPTIONS.nodeRadius,
    nodes: layout.nodes.map((n) => {
      const org = byId.get(n.id)!;
      return { label: n.label, sector: org.sector, x: n.x, y: n.y, labelX: n.labelX, labelY: n.labelY, anchor: n.anchor };
    }),
    edges: layout.edges.map((e) => ({ d: e.d, strokeWidth: e.strokeWidth })),
  };

  // The table says what the drawing shows, for each drawn organisation: everyone it works with
  // (also those left out of the drawing) and on how many tiltak. Only what the page shows goes to
  // the browser: a partner is named, not linked, so its slug stays here.
  const partnersOf = new Map<number, SharedPartner[]>();
  for (const link of links) {
    for (const [self, other] of [
      [link.source, link.target],
      [link.target, link.source],
    ] as const) {
      const o = byId.get(other)!;
      const list = partnersOf.get(self) ?? [];
      list.push({ name: o.name, shared: link.weight });
      partnersOf.set(self, list);
    }
  }
  const table = picked.nodes
    .map((n) => byId.get(n.id)!)
    .sort((a, b) => a.name.localeCompare(b.name, "nb-NO"))
    .map((o) => ({
      slug: o.slug,
      name: o.name,
      sector: o.sector,
      ...closestPartners(partnersOf.get(o.id) ?? []),
    }));

  return {
    matrix,
    drawing,
    networkTotal: organisations.length,
    table,
  };
}

export default function Collaboration() {
  const { programmes, programme, matrix, drawing, networkTotal } = useLoaderData<typeof loader>();
  const t = useT();
  const c = t.initiatives.collaboration;
  const n = (value: number) => formatNumber(value, t);
  const tiltakHref = (delprogram: string, sektor?: string) => listingHref("/tiltak", { satsing: programme?.slug, delprogram, sektor });
  // The partners behind a cell: the sector, working on the sub-programme's theme (in the programme chosen).
  const partnersHref = (tema: string, sektor: string) => listingHref("/partnere", { satsing: programme?.slug, tema, sektor });
  const cellLink = "inline-flex min-h-6 min-w-6 items-center";

  return (
    <>
      <h1 className="text-3xl font-bold">{c.heading}</h1>
      <p className="mt-2 max-w-prose">{c.intro}</p>

      <Form key={programme?.slug ?? ""} method="get" action="/samarbeid" className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:p-6">
        <fieldset>
          <legend className="text-lg font-semibold">{c.filterLegend}</legend>
          <div className="flex flex-wrap items-end gap-x-4">
            <div className="w-full max-w-sm">
              <SelectField
                id="samarbeid-satsing"
                name="satsing"
                label={c.programme}
                placeholder={c.allProgrammes}
                defaultValue={programme?.slug ?? ""}
                options={programmes.map((p) => ({ value: p.slug, label: p.name }))}
              />
            </div>
            <button
              type="submit"
              className="mt-4 inline-flex min-h-11 items-center rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
            >
              {c.submit}
            </button>
          </div>
        </fieldset>
      </Form>

      <section aria-labelledby="sektorer" className="mt-10">
        <h2 id="sektorer" className="text-2xl font-bold">
          {c.matrixHeading}
        </h2>
        <p className="mt-2 max-w-prose">{c.matrixIntro}</p>
        <p className="mt-2 max-w-prose">{c.gapLegend}</p>
        {matrix.rows.length === 0 ? (
          <p className="mt-4">{c.matrixEmpty}</p>
        ) : (
          <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="sektorer-tabell">
            <table className="w-full border-collapse text-left">
              <caption id="sektorer-tabell" className="sticky left-0 mb-2 max-w-[calc(100vw-2rem)] text-left font-semibold">
                {c.matrixCaption(programme?.name ?? null)}
              </caption>
              <thead>
                <tr className="border-b-2 border-gray-700 align-bottom">
                  <th scope="col" className="px-2 py-2">
                    {c.subprogramme}
                  </th>
                  {SECTORS.map((s) => (
                    <th key={s} scope="col" className="px-2 py-2 text-right text-sm">
                      {t.sectors[s]}
                    </th>
                  ))}
                  <th scope="col" className="px-2 py-2 text-right">
                    {c.total}
                  </th>
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row) => (
                  <tr key={row.slug} className="border-b border-gray-300">
                    <th scope="row" className="px-2 py-2 font-medium">
                      <Link to={tiltakHref(row.slug)} className="inline-flex min-h-11 items-center">
                        {row.name}
                      </Link>
                    </th>
                    {SECTORS.map((s) => {
                      const count = row.counts[s];
                      const sector = t.sectors[s];
                      return (
                        // A gap says so in words (and a hatched background), not by colour alone.
                        <td key={s} data-gap={count === 0 ? "" : undefined} className={`px-2 py-2 text-right align-top tabular-nums ${count === 0 ? "bg-amber-50 [background-image:repeating-linear-gradient(135deg,transparent_0_6px,rgb(0_0_0/0.06)_6px_8px)]" : ""}`}>
                          {count === 0 ? (
                            <strong className="whitespace-nowrap font-semibold text-amber-900">
                              {c.gap}
                              <span className="sr-only">{c.gapExplained(row.name, sector)}</span>
                            </strong>
                          ) : (
                            n(count)
                          )}
                          <span className="mt-1 flex justify-end gap-x-3 text-sm">
                            <Link
                              to={count === 0 ? tiltakHref(row.slug) : tiltakHref(row.slug, s)}
                              className={cellLink}
                              aria-label={count === 0 ? c.cellTiltakGapLabel(row.name, sector) : c.cellTiltakLabel(row.name, sector)}
                            >
                              {c.cellTiltak}
                            </Link>
                            <Link to={partnersHref(row.slug, s)} className={cellLink} aria-label={c.cellPartnersLabel(row.name, sector)}>
                              {c.cellPartners}
                            </Link>
                          </span>
                        </td>
                      );
                    })}
                    <td className="px-2 py-2 text-right font-semibold tabular-nums">{n(row.total)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t-2 border-gray-700">
                  <th scope="row" className="px-2 py-2">
                    {c.total}
                  </th>
                  {SECTORS.map((s) => (
                    <td key={s} className="px-2 py-2 text-right font-semibold tabular-nums">
                      {n(matrix.sectorTotals[s])}
                    </td>
                  ))}
                  <td className="px-2 py-2 text-right font-bold tabular-nums">{n(matrix.total)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="nettverket" className="mt-12">
        <h2 id="nettverket" className="text-2xl font-bold">
          {c.networkHeading}
        </h2>
        <p className="mt-2 max-w-prose">{c.networkIntro}</p>
        {drawing.drawn === 0 ? (
          <p className="mt-4">{c.networkEmpty}</p>
        ) : (
          <>
            {networkTotal > drawing.drawn ? (
              <p className="mt-3 max-w-prose rounded border-l-4 border-brand-600 bg-brand-50 p-3">
                {c.networkLimited(drawing.drawn, networkTotal)}
              </p>
            ) : null}
            {/* On a phone the drawing (wider than the screen, to keep its labels legible) waits
                behind a disclosure, so the table saying the same comes first; from 48rem up it is
                shown as before (NarrowDisclosure). */}
            <NarrowDisclosure
              className="mt-4 md:mt-0"
              summaryClassName="inline-flex min-h-11 items-center gap-2 rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800"
              summary={
                <>
                  <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="shrink-0 [[open]>summary>&]:rotate-90">
                    <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
                  </svg>
                  {c.networkToggle}
                </>
              }
            >
              <NetworkLegend />
              <NetworkDiagram markup={drawing.markup} />
            </NarrowDisclosure>

            <h3 id="nettverk-tabell" className="mt-8 text-xl font-semibold">
              {c.tableHeading}
            </h3>
            <div
              className="mt-2 overflow-x-auto"
              tabIndex={0}
              role="region"
              aria-labelledby="nettverk-tabell"
              // Markup React rendered on the server from the same data (app/services/collaboration-markup.server.ts).
              dangerouslySetInnerHTML={{ __html: drawing.tableMarkup }}
            />
          </>
        )}
      </section>
    </>
  );
}
