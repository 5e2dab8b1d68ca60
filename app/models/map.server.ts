/**
 * What the map shows (issue 25): the areas in view, their outlines and one figure each, drawn as SVG
 * paths on the server (app/services/map.server.ts). Every figure comes from the rule that already
 * defines it — partners as the area pages count them (listAreasWithCounts), a tiltak's missing
 * sectors as the coordinators' dashboard finds them (missingSectors) — so the map never disagrees
 * with the pages it links to. Everything is an aggregate of public data: kept per data version.
 */
import { and, eq, sql } from "drizzle-orm";
import type { MultiPolygon, Polygon } from "geojson";
import { areaBoundaries, areas, initiatives, initiativeSoughtSectors, organisations, participations, programmeAreas } from "../../db/schema";
import { shownInitiativeStatus } from "~/components/initiatives/status";
import { drawMap, type DrawnMap } from "~/services/map.server";
import { todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { memoisePerDataVersion } from "~/utils/derived-cache.server";
import { jsonList } from "~/utils/sql-json.server";
import type { Sector } from "~/validation/enums";
import type { MapMeasure } from "~/validation/map";
import { listAreasWithCounts, listAreaTree } from "./area.server";
import { missingSectors } from "./coordination-insight.server";
import { listProgrammeChoices } from "./programme.server";
import { publicInitiative, publicParticipation } from "./visibility.server";

type Outline = Polygon | MultiPolygon;

/** Every stored outline by area id, parsed once per data version. */
function outlines(): ReadonlyMap<number, Outline> {
  return memoisePerDataVersion("area-outlines", () => {
    const rows = getDb().select({ areaId: areaBoundaries.areaId, geometry: areaBoundaries.geometry }).from(areaBoundaries).all();
    return new Map(rows.map((r) => [r.areaId, JSON.parse(r.geometry) as Outline]));
  });
}

type TiltakFigures = { active: number; lacking: number };

/**
 * Active public tiltak, and those of them lacking a sector they seek, per area — each counted in its
 * own area and every area above it (as the area pages count "in the area and below it"). One query,
 * driven from the areas (CROSS JOIN keeps that order) so the initiatives' area index finds the rows.
 */
function tiltakFigures(programmeId: number | null): ReadonlyMap<number, TiltakFigures> {
  return memoisePerDataVersion(`map-tiltak:${programmeId ?? "all"}`, () => {
    const rows = getDb()
      .select({
        areaId: initiatives.areaId,
        status: initiatives.status,
        endDate: initiatives.endDate,
        sought: jsonList<Sector>(sql`SELECT ${initiativeSoughtSectors.sector} AS v FROM ${initiativeSoughtSectors} WHERE ${initiativeSoughtSectors.initiativeId} = ${initiatives.id}`),
        present: jsonList<Sector>(sql`SELECT DISTINCT ${organisations.sector} AS v FROM ${participations}
            JOIN ${organisations} ON ${organisations.id} = ${participations.organisationId}
            WHERE ${participations.initiativeId} = ${initiatives.id} AND ${publicParticipation()}`),
      })
      .from(areas)
      .innerJoin(initiatives, sql`${initiatives.areaId} = ${areas.id}`)
      .where(and(publicInitiative(), programmeId === null ? undefined : eq(initiatives.programmeId, programmeId)))
      .all();
    const parentOf = new Map(listAreaTree().map((a) => [a.id, a.parentId]));
    const today = todayInNorway();
    const figures = new Map<number, TiltakFigures>();
    for (const row of rows) {
      if (shownInitiativeStatus(row.status, row.endDate, today) !== "ongoing") continue;
      const lacking = missingSectors(row.sought, row.present).length > 0;
      const seen = new Set<number>();
      for (let id: number | null | undefined = row.areaId; id != null && !seen.has(id); id = parentOf.get(id)) {
        seen.add(id);
        const f = figures.get(id) ?? { active: 0, lacking: 0 };
        f.active += 1;
        if (lacking) f.lacking += 1;
        figures.set(id, f);
      }
    }
    return figures;
  });
}

export type MapRow = { slug: string; name: string; depth: number; value: number; hasBoundary: boolean };
export type MapView = { map: DrawnMap | null; rows: MapRow[] };

/**
 * The map and its table for a set of areas: `programme` (its areas), `root` (an area and its
 * children) or, with neither, every area. Areas without an outline are in the table, not the map.
 */
function mapView(scope: { programmeId: number | null; rootSlug: string | null }, measure: MapMeasure): MapView | null {
  const tree = listAreaTree();
  let inView: typeof tree;
  if (scope.rootSlug !== null) {
    const root = tree.find((a) => a.slug === scope.rootSlug);
    if (!root) return null;
    inView = tree.filter((a) => a.id === root.id || a.parentId === root.id);
  } else if (scope.programmeId !== null) {
    const ids = new Set(
      getDb().select({ areaId: programmeAreas.areaId }).from(programmeAreas).where(eq(programmeAreas.programmeId, scope.programmeId)).all().map((r) => r.areaId),
    );
    inView = tree.filter((a) => ids.has(a.id));
  } else {
    inView = [...tree];
  }
  const partners = new Map(listAreasWithCounts().map((a) => [a.slug, a.partnerCount]));
  const tiltak = tiltakFigures(scope.programmeId);
  const valueOf = (a: (typeof tree)[number]) =>
    measure === "partnere" ? (partners.get(a.slug) ?? 0) : measure === "tiltak" ? (tiltak.get(a.id)?.active ?? 0) : (tiltak.get(a.id)?.lacking ?? 0);
  const shapes = outlines();
  const minDepth = Math.min(...inView.map((a) => a.depth));
  const rows = inView.map((a) => ({ slug: a.slug, name: a.name, depth: a.depth - minDepth, value: valueOf(a), hasBoundary: shapes.has(a.id) }));
  const drawn = inView.filter((a) => shapes.has(a.id)).map((a) => ({ slug: a.slug, name: a.name, depth: a.depth - minDepth, value: valueOf(a), geometry: shapes.get(a.id)! }));
  // Parents first (drawn under their children), and within a level west to east: the order the
  // keyboard visits the links in, as a sighted reader scans a map.
  const westOf = (g: Outline) => Math.min(...(g.type === "Polygon" ? g.coordinates : g.coordinates.flat()).flat().map((p) => p[0]!));
  drawn.sort((a, b) => a.depth - b.depth || westOf(a.geometry) - westOf(b.geometry));
  return { map: drawMap(drawn), rows };
}

/** /kart: every area, or one programme's; `null` for an unknown programme (a 404). */
export function getMapPage(programmeSlug: string | null, measure: MapMeasure) {
  const programmes = listProgrammeChoices();
  const programme = programmeSlug === null ? null : programmes.find((p) => p.slug === programmeSlug);
  if (programme === undefined) return null;
  const view = memoisePerDataVersion(`map:${programme?.id ?? "all"}:${measure}`, () => mapView({ programmeId: programme?.id ?? null, rootSlug: null }, measure)!);
  return { programmes: programmes.map(({ slug, name }) => ({ slug, name })), programme: programme ? { slug: programme.slug, name: programme.name } : null, ...view };
}

/** An area page's map: the area and its children. Null for an unknown area. */
export function getAreaMap(areaSlug: string, measure: MapMeasure): MapView | null {
  return memoisePerDataVersion(`map-area:${areaSlug}:${measure}`, () => mapView({ programmeId: null, rootSlug: areaSlug }, measure));
}

/** A programme page's map: the programme's areas (the figures of its own tiltak). Null for an unknown programme. */
export function getProgrammeMap(programmeSlug: string, measure: MapMeasure): MapView | null {
  const programme = listProgrammeChoices().find((p) => p.slug === programmeSlug);
  if (!programme) return null;
  return memoisePerDataVersion(`map:${programme.id}:${measure}`, () => mapView({ programmeId: programme.id, rootSlug: null }, measure)!);
}
