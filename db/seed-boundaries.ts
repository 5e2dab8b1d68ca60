/**
 * Area outlines for the demo (issue 25): the demo's Oslo areas get the outlines of the districts and
 * sub-districts they are named after, from db/boundaries/oslo.json (Oslo kommune's bydelsfakta, MIT;
 * built by scripts/boundaries/build-oslo.ts). Stavanger's areas get none: an administrator imports
 * them on the area's admin page (and the e2e test does).
 *
 * Matching is by name, within the municipality named Oslo: a district "Bydel Grorud" is the district
 * "Grorud", a sub-district "Romsås" the sub-district "Romsås"; a sub-district the source splits in
 * parts ("Holmlia" → "Holmlia Nord" and "Holmlia Syd") is their union. A name with no feature (the
 * demo's "Tøyen": the source has "Nedre Tøyen" only) gets no outline rather than a guessed one.
 */
import { readFileSync } from "node:fs";
import type { Geometry, MultiPolygon, Polygon } from "geojson";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { sql } from "drizzle-orm";
import type { Db } from "./connection";
import { areaBoundaries, areas } from "./schema";
import { roundGeometry } from "../app/services/geojson-import.server";

type Writer = Pick<Db, "select" | "insert" | "all">;

export const OSLO_BOUNDARY_SOURCE = "Oslo kommune, github.com/oslokommune/bydelsfakta (bydeler og delbydeler)";
export const OSLO_BOUNDARY_LICENCE = "MIT";

type Props = { name: string; code: string };

function readOslo(): Topology {
  return JSON.parse(readFileSync(new URL("./boundaries/oslo.json", import.meta.url), "utf8")) as Topology;
}

/** The outline for each name, by level: districts by their own name, sub-districts by theirs (or the union of their parts). */
export function osloOutline(topology: Topology, level: "district" | "subDistrict", name: string): Polygon | MultiPolygon | null {
  const object = topology.objects[level === "district" ? "districts" : "subDistricts"] as GeometryCollection<Props>;
  const nameOf = (g: (typeof object.geometries)[number]) => (g.properties as Props | undefined)?.name ?? "";
  const exact = object.geometries.filter((g) => nameOf(g) === name);
  const parts = exact.length > 0 ? exact : level === "subDistrict" ? object.geometries.filter((g) => nameOf(g).startsWith(`${name} `)) : [];
  if (parts.length === 0) return null;
  if (parts.length === 1) return (feature(topology, parts[0]!) as unknown as { geometry: Polygon | MultiPolygon }).geometry;
  return merge(topology, parts as Parameters<typeof merge>[1]);
}

/** Gives the Oslo areas of the database their outlines; returns how many it stored. */
export function seedOsloBoundaries(db: Writer): number {
  const oslo = db.select({ id: areas.id }).from(areas).where(sql`${areas.name} = 'Oslo' AND ${areas.kind} = 'municipality'`).get();
  if (!oslo) return 0;
  const inOslo = db.all<{ id: number; name: string; kind: string }>(sql`
    WITH RECURSIVE subtree(id) AS (SELECT ${oslo.id} UNION SELECT areas.id FROM areas JOIN subtree ON areas.parent_id = subtree.id)
    SELECT areas.id, areas.name, areas.kind FROM areas JOIN subtree ON subtree.id = areas.id WHERE areas.id <> ${oslo.id}`);
  const topology = readOslo();
  const rows = inOslo.flatMap((area) => {
    const outline =
      area.kind === "district"
        ? osloOutline(topology, "district", area.name.replace(/^Bydel /, ""))
        : area.kind === "sub_district"
          ? osloOutline(topology, "subDistrict", area.name)
          : null;
    return outline
      ? [{ areaId: area.id, geometry: JSON.stringify(roundGeometry(outline)), source: OSLO_BOUNDARY_SOURCE, licence: OSLO_BOUNDARY_LICENCE }]
      : [];
  });
  if (rows.length > 0) db.insert(areaBoundaries).values(rows).run();
  return rows.length;
}

/**
 * For `npm run seed:large`: the invented municipalities have no real outlines, so each gets an
 * invented one — a square of the map per municipality, cut into one column per district and each
 * district into one row per sub-area — so /kart draws hundreds of areas as it would nationally.
 * Neighbours share their edges exactly. Marked as invented in `source`.
 */
export function seedInventedBoundaries(db: Writer): number {
  const rows = db.all<{ id: number; parentId: number | null }>(sql`SELECT id, parent_id AS parentId FROM areas ORDER BY id`);
  const childrenOf = new Map<number | null, number[]>();
  for (const r of rows) childrenOf.set(r.parentId, [...(childrenOf.get(r.parentId) ?? []), r.id]);
  const box = (x0: number, y0: number, x1: number, y1: number): Geometry =>
    roundGeometry({ type: "Polygon", coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] } as Polygon);
  const out: { areaId: number; geometry: string; source: string; licence: string }[] = [];
  const add = (areaId: number, g: Geometry) => out.push({ areaId, geometry: JSON.stringify(g), source: "Oppdiktet (seed:large)", licence: "CC0" });
  (childrenOf.get(null) ?? []).forEach((municipality, m) => {
    // Municipalities in rows of ten across southern Norway's longitudes and latitudes.
    const x0 = 5 + (m % 10) * 0.6;
    const y0 = 58 + Math.floor(m / 10) * 0.3;
    add(municipality, box(x0, y0, x0 + 0.5, y0 + 0.25));
    const districts = childrenOf.get(municipality) ?? [];
    districts.forEach((district, d) => {
      const dx0 = x0 + (0.5 * d) / districts.length;
      const dx1 = x0 + (0.5 * (d + 1)) / districts.length;
      add(district, box(dx0, y0, dx1, y0 + 0.25));
      const leaves = childrenOf.get(district) ?? [];
      leaves.forEach((leaf, l) => add(leaf, box(dx0, y0 + (0.25 * l) / leaves.length, dx1, y0 + (0.25 * (l + 1)) / leaves.length)));
    });
  });
  for (let i = 0; i < out.length; i += 500) db.insert(areaBoundaries).values(out.slice(i, i + 500)).run();
  return out.length;
}

