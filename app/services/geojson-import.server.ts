/**
 * Reads an administrator's boundary file (issue 25) — pure, no database: the file's bytes and the
 * form's choices in, the shapes to match (in WGS84, simplified) or one reason it cannot be used out.
 *
 * The checks, in the order a person would fix them: size (before anything parses the bytes), JSON,
 * GeoJSON with Polygon/MultiPolygon shapes, the name property, finite coordinates and closed rings,
 * the projection (a stated `crs` must agree with the chosen one; coordinates must land in Norway
 * once converted, which is how UTM metres declared as degrees, or degrees as metres, are caught),
 * then simplification and self-intersections (@turf/kinks, on the simplified shape that is stored:
 * kinks compares every pair of segments, which on an unsimplified 4 MB ring would take minutes).
 */
import kinks from "@turf/kinks";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import proj4 from "proj4";
import { feature as topoFeature } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import { BOUNDARY_FILE_MAX_BYTES, type BoundaryProjection } from "~/validation/map";

export type Outline = Polygon | MultiPolygon;
export type ImportedShape = { label: string; geometry: Outline };

type FeatureError =
  | "notFinite"
  | "ringNotClosed"
  | "ringTooShort"
  | "selfIntersecting"
  | "outOfRange";
export type ImportError =
  | { key: "fileMissing" | "fileTooLarge" | "notJson" | "notGeoJson" | "noPolygons" | "tooManyFeatures" | "nameRequired" }
  | { key: FeatureError; feature: string }
  | { key: "wrongProjection"; projection: BoundaryProjection }
  | { key: "unknownCrs"; name: string }
  | { key: "crsConflict"; inFile: BoundaryProjection; chosen: BoundaryProjection }
  | { key: "nameMissing"; property: string; available: string[] };

export const MAX_FEATURES = 2000;

proj4.defs("EPSG:25832", "+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs");
proj4.defs("EPSG:25833", "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs");

/** Norway with Svalbard and Jan Mayen, with a margin: a shape outside it is in the wrong projection. */
const NORWAY = { west: -10, east: 35, south: 57, north: 82 };

/** The projection a GeoJSON `crs` member names (the 2008 GeoJSON form: `{ type: "name", properties: { name } }`). */
export function projectionOfCrs(crs: unknown): BoundaryProjection | { unknown: string } | null {
  if (crs === undefined || crs === null) return null;
  const name = typeof crs === "object" ? (crs as { properties?: { name?: unknown } }).properties?.name : undefined;
  if (typeof name !== "string") return { unknown: JSON.stringify(crs).slice(0, 80) };
  if (/CRS84$/i.test(name) || /EPSG:{1,2}4326$/i.test(name) || /EPSG:{1,2}4258$/i.test(name)) return "EPSG:4326";
  if (/EPSG:{1,2}25832$/i.test(name)) return "EPSG:25832";
  if (/EPSG:{1,2}25833$/i.test(name)) return "EPSG:25833";
  return { unknown: name.slice(0, 80) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function polygonsOf(geometry: unknown): Position[][][] | null {
  if (!isObject(geometry) || !Array.isArray(geometry.coordinates)) return null;
  if (geometry.type === "Polygon") return [geometry.coordinates as Position[][]];
  if (geometry.type === "MultiPolygon") return geometry.coordinates as Position[][][];
  return null;
}

/** Coordinates to five decimals (about a metre): what a page draws, at a third of the characters. */
export function roundGeometry<G extends Outline>(geometry: G): G {
  const round = (c: unknown): unknown => (typeof c === "number" ? Math.round(c * 1e5) / 1e5 : (c as unknown[]).map(round));
  return { type: geometry.type, coordinates: round(geometry.coordinates) } as G;
}

/**
 * Simplifies the shapes together (shared borders stay shared) to what a map 600 px wide shows of
 * the whole file: points whose triangle is under a twentieth of a pixel² go.
 */
function simplifyShapes(shapes: { label: string; polygons: Position[][][] }[]): ImportedShape[] {
  const collection = {
    type: "FeatureCollection" as const,
    features: shapes.map((s, i) => ({ type: "Feature" as const, id: i, properties: {}, geometry: { type: "MultiPolygon" as const, coordinates: s.polygons } })),
  };
  let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
  for (const s of shapes) for (const polygon of s.polygons) for (const ring of polygon) for (const [x, y] of ring) {
    west = Math.min(west, x!); east = Math.max(east, x!); south = Math.min(south, y!); north = Math.max(north, y!);
  }
  const extent = Math.max(east - west, (north - south) * 2, 1e-6);
  const topo = presimplify(topology({ shapes: collection }, 1e6) as unknown as Parameters<typeof presimplify>[0]);
  const simplified = simplify(topo, 0.05 * (extent / 600) ** 2);
  const geometries = (simplified.objects.shapes as GeometryCollection).geometries;
  return geometries.map((g, i) => {
    const f = topoFeature(simplified as Topology, g) as unknown as Feature<Outline>;
    const polygons = (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates).map((polygon) =>
      polygon.map((ring) => ring.map(([x, y]) => [x!, y!])),
    );
    const geometry: Outline = polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons };
    return { label: shapes[i]!.label, geometry: roundGeometry(geometry) };
  });
}

export type ImportOptions = { projection: BoundaryProjection; nameProperty: string };
export type ImportResult = { ok: true; shapes: ImportedShape[] } | { ok: false; error: ImportError };

/** The whole check: bytes in, simplified WGS84 shapes with their names out (or the first problem). */
export function readBoundaryFile(bytes: Uint8Array | null, options: ImportOptions): ImportResult {
  const fail = (error: ImportError): ImportResult => ({ ok: false, error });
  if (bytes === null || bytes.byteLength === 0) return fail({ key: "fileMissing" });
  // Before a single byte is decoded: a 50 MB file costs no parsing.
  if (bytes.byteLength > BOUNDARY_FILE_MAX_BYTES) return fail({ key: "fileTooLarge" });
  const nameProperty = options.nameProperty.trim();
  if (nameProperty === "") return fail({ key: "nameRequired" });

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return fail({ key: "notJson" });
  }
  if (!isObject(json)) return fail({ key: "notGeoJson" });

  const declared = projectionOfCrs(json.crs);
  if (declared !== null && typeof declared === "object") return fail({ key: "unknownCrs", name: declared.unknown });
  if (declared !== null && declared !== options.projection) return fail({ key: "crsConflict", inFile: declared, chosen: options.projection });

  let features: unknown[];
  if (json.type === "FeatureCollection" && Array.isArray(json.features)) features = json.features;
  else if (json.type === "Feature") features = [json];
  else if (json.type === "Polygon" || json.type === "MultiPolygon") features = [{ type: "Feature", properties: {}, geometry: json }];
  else return fail({ key: "notGeoJson" });
  if (features.length > MAX_FEATURES) return fail({ key: "tooManyFeatures" });

  const withShapes = features.flatMap((f) => {
    if (!isObject(f)) return [];
    const polygons = polygonsOf(f.geometry);
    return polygons ? [{ properties: isObject(f.properties) ? f.properties : {}, polygons }] : [];
  });
  if (withShapes.length === 0) return fail({ key: "noPolygons" });

  const labelOf = (p: Record<string, unknown>) => {
    const v = p[nameProperty];
    return typeof v === "string" ? v.trim().slice(0, 200) : typeof v === "number" && Number.isFinite(v) ? String(v) : null;
  };
  if (!withShapes.some((s) => labelOf(s.properties) !== null)) {
    const available = [...new Set(withShapes.flatMap((s) => Object.keys(s.properties)))].slice(0, 12).map((k) => k.slice(0, 40));
    return fail({ key: "nameMissing", property: nameProperty.slice(0, 40), available });
  }

  const toWgs84 = options.projection === "EPSG:4326" ? null : proj4(options.projection, "EPSG:4326");
  const shapes: { label: string; polygons: Position[][][] }[] = [];
  for (const [index, s] of withShapes.entries()) {
    const label = labelOf(s.properties) ?? `#${index + 1}`;
    const polygons: Position[][][] = [];
    for (const polygon of s.polygons) {
      if (!Array.isArray(polygon)) return fail({ key: "notGeoJson" });
      const rings: Position[][] = [];
      for (const ring of polygon) {
        if (!Array.isArray(ring)) return fail({ key: "notGeoJson" });
        const points: Position[] = [];
        for (const p of ring) {
          if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== "number" || typeof p[1] !== "number" || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))
            return fail({ key: "notFinite", feature: label });
          points.push([p[0], p[1]]);
        }
        if (points.length < 4) return fail({ key: "ringTooShort", feature: label });
        const [first, last] = [points[0]!, points[points.length - 1]!];
        if (first[0] !== last[0] || first[1] !== last[1]) return fail({ key: "ringNotClosed", feature: label });
        let converted = points;
        if (toWgs84) {
          converted = points.map((p) => toWgs84.forward([p[0]!, p[1]!]));
        } else if (points.some(([x, y]) => Math.abs(x!) > 180 || Math.abs(y!) > 90)) {
          // Numbers a projection in metres would give (Norway's UTM: 10⁴–10⁷) read as degrees: the
          // wrong choice of projection. Anything larger is simply impossible.
          const metres = points.every(([x, y]) => Math.abs(x!) < 1e8 && Math.abs(y!) < 1e8);
          return fail(metres ? { key: "wrongProjection", projection: options.projection } : { key: "outOfRange", feature: label });
        }
        if (converted.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y) || x! < NORWAY.west || x! > NORWAY.east || y! < NORWAY.south || y! > NORWAY.north))
          return fail({ key: "wrongProjection", projection: options.projection });
        rings.push(converted);
      }
      polygons.push(rings);
    }
    shapes.push({ label, polygons });
  }

  const simplified = simplifyShapes(shapes);
  for (const shape of simplified) {
    const polygons = shape.geometry.type === "Polygon" ? [shape.geometry.coordinates] : shape.geometry.coordinates;
    for (const polygon of polygons) {
      if (kinks({ type: "Polygon", coordinates: polygon }).features.length > 0) return fail({ key: "selfIntersecting", feature: shape.label });
    }
  }
  return { ok: true, shapes: simplified };
}
