import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CollaborationMatrix } from "~/components/initiatives/CollaborationMatrix";
import { NetworkDiagram, NetworkLegend, type NetworkDrawing } from "~/components/initiatives/NetworkDiagram";
import { renderNetworkSvg, renderNetworkTable } from "~/services/collaboration-markup.server";
import { languageFromRequest } from "~/services/language.server";
import { sectorIndex } from "~/components/initiatives/sector-symbols";
import { SelectField } from "~/components/ui/Field";
import { FilterForm } from "~/components/ui/FilterForm";
import { NarrowDisclosure } from "~/components/ui/NarrowDisclosure";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import { getCollaborationMatrix, getCollaborationNetwork } from "~/models/collaboration.server";
import { listProgrammeChoices } from "~/models/programme.server";
import { closestPartners, type SharedPartner } from "~/services/closest-partners";
import { DEFAULT_LAYOUT_OPTIONS, layoutNetwork, selectMostConnected } from "~/services/network-layout";
import { memoisePerDataVersion } from "~/utils/derived-cache.server";
import { pageMeta } from "~/utils/meta";
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
  const c = useT().initiatives.collaboration;

  return (
    <>
      <h1 className="text-3xl font-bold">{c.heading}</h1>
      <p className="mt-2 max-w-prose">{c.intro}</p>

      <FilterForm
        key={programme?.slug ?? ""}
        action="/samarbeid"
        labelledBy="samarbeid-filter"
        layout="panel"
        submitLabel={c.submit}
        submitVariant="primary"
        submitClassName="mt-4"
        className="mt-6 flex flex-wrap items-end gap-x-4"
      >
        <fieldset className="w-full max-w-sm">
          <legend id="samarbeid-filter" className="text-lg font-semibold">
            {c.filterLegend}
          </legend>
          <SelectField
            id="samarbeid-satsing"
            name="satsing"
            label={c.programme}
            placeholder={c.allProgrammes}
            defaultValue={programme?.slug ?? ""}
            options={programmes.map((p) => ({ value: p.slug, label: p.name }))}
          />
        </fieldset>
      </FilterForm>

      <Section heading={c.matrixHeading} id="sektorer">
        <p className="mt-2 max-w-prose">{c.matrixIntro}</p>
        <p className="mt-2 max-w-prose">{c.gapLegend}</p>
        {matrix.rows.length === 0 ? <p className="mt-4">{c.matrixEmpty}</p> : <CollaborationMatrix matrix={matrix} programme={programme} />}
      </Section>

      <Section heading={c.networkHeading} id="nettverket" className="mt-12">
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
              summaryVariant="secondary"
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

            <h3 className="mt-8 text-xl font-semibold">{c.tableHeading}</h3>
            {/* A DataTable React rendered on the server from the same data (app/services/collaboration-markup.server.ts). */}
            <div dangerouslySetInnerHTML={{ __html: drawing.tableMarkup }} />
          </>
        )}
      </Section>
    </>
  );
}
