import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { AreaMap, MapTable } from "~/components/map/AreaMap";
import { MapControls } from "~/components/map/MapControls";
import { loadPlacesCatalogue, useT } from "~/i18n";
import { getMapPage } from "~/models/map.server";
import { getActor } from "~/services/actor.server";
import { isAdmin } from "~/services/permissions";
import { ensureCanonicalListing } from "~/utils/listing.server";
import { pageMeta } from "~/utils/meta";
import { parseMeasure } from "~/validation/map";

/**
 * /kart: the areas with outlines, shaded by the chosen figure (partners, active tiltak, tiltak
 * lacking a sector), all of them or one programme's; beside the map the same figures as a table,
 * which also lists the areas without an outline (marked as such for administrators). Drawn on the
 * server: no JavaScript, no tiles. The same for every anonymous reader: answered from the response
 * cache (ADR 012), the drawing kept per data version (app/models/map.server.ts).
 */
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({
    title: data?.programme ? t.places.map.programmeHeading(data.programme.name) : t.places.map.title,
    description: t.places.map.description,
  }));

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const measure = parseMeasure(url.searchParams.get("vis")) ?? "partnere";
  const programmeSlug = url.searchParams.get("satsing") || null;
  // One address per view: the default measure and an empty programme are left out.
  ensureCanonicalListing(url, "/kart", { vis: measure === "partnere" ? null : measure, satsing: programmeSlug });
  const page = getMapPage(programmeSlug, measure);
  if (!page) throw new Response(null, { status: 404 });
  const admin = isAdmin(await getActor(request));
  return { ...page, measure, admin };
}

/** A client-side navigation here brings the map's text first (app/i18n/index.ts). */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadPlacesCatalogue()]);
  return data;
}

export default function MapPage() {
  const { map, rows, measure, programmes, programme, admin } = useLoaderData<typeof loader>();
  const t = useT();
  const m = t.places.map;
  return (
    <>
      <h1 className="break-words text-3xl font-bold">{programme ? m.programmeHeading(programme.name) : m.heading}</h1>
      <p className="mt-2 max-w-prose">{m.intro}</p>
      <h2 id="kart-valg" className="mt-6 text-xl font-bold">
        {m.choose}
      </h2>
      <MapControls headingId="kart-valg" measure={measure} programmes={programmes} programme={programme?.slug ?? null} />
      <p className="mt-2 max-w-prose text-sm text-gray-800">{m.measureHints[measure]}</p>
      <div className="mt-4 grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] print:block">
        <div>{map ? <AreaMap drawn={map} measure={measure} label={m.mapLabel(m.measures[measure])} /> : <p className="mt-4">{m.noMap}</p>}</div>
        <div>
          {admin ? <p className="mt-4 text-sm">{m.adminNote}</p> : null}
          <MapTable rows={rows} measure={measure} classes={map?.classes} showBoundary={admin} />
        </div>
      </div>
      <p className="mt-6 max-w-prose text-sm text-gray-800">{m.sources}</p>
    </>
  );
}
