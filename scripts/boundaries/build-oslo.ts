/**
 * Builds db/boundaries/oslo.json, the committed outlines of Oslo's districts (bydeler) and
 * sub-districts (delbydeler) that the demo seed gives its Oslo areas (issue 25).
 *
 * Source: Oslo kommune's public repository oslokommune/bydelsfakta (MIT licence),
 * `src/config/geoData/oslo_bydeler2.geojson` and `oslo_delbydeler.geojson` (WGS84, about 1.8 MB
 * together at full precision). The repository replaced those files with minified JavaScript modules
 * in commit b9c7a34 (2019); the GeoJSON is read from the commit before it, so the files are exactly
 * the ones the issue names.
 *
 *   npx tsx scripts/boundaries/build-oslo.ts <path to a bare git clone of oslokommune/bydelsfakta>
 *
 * What it does: the sub-districts become one TopoJSON topology (topojson-server), so a border two
 * districts share is one arc, drawn and simplified once: neighbours keep meeting after
 * simplification. topojson-simplify then drops points whose triangle area (Visvalingam) is under a
 * weight chosen so that Oslo drawn 600 px wide loses nothing a reader sees (about a tenth of a
 * pixel²); the quantisation (1e5) keeps coordinates to roughly half a metre. Only the two names and
 * codes each feature needs are kept.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FeatureCollection, Geometry } from "geojson";
import { topology } from "topojson-server";
import { mergeArcs, quantize } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import { presimplify, simplify, quantile } from "topojson-simplify";

export const SOURCE_REPOSITORY = "https://github.com/oslokommune/bydelsfakta";
/** The last commit with the GeoJSON files (the parent of b9c7a34, "Add minified geodata"). */
export const SOURCE_COMMIT = "01625447cd8f50b58d9b0f8a3bd654fc28b465e8";
const FILES = {
  districts: "src/config/geoData/oslo_bydeler2.geojson",
  subDistricts: "src/config/geoData/oslo_delbydeler.geojson",
} as const;

function readFromGit(gitDir: string, path: string): FeatureCollection<Geometry, Record<string, unknown>> {
  const text = execFileSync("git", ["--git-dir", gitDir, "show", `${SOURCE_COMMIT}:${path}`], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(text) as FeatureCollection<Geometry, Record<string, unknown>>;
}

/** Drops the third (height) coordinate the source carries: 0.0 everywhere, and a third of the bytes. */
function flat(geometry: Geometry): Geometry {
  const strip = (c: unknown): unknown => (Array.isArray(c) && typeof c[0] === "number" ? [c[0], c[1]] : Array.isArray(c) ? c.map(strip) : c);
  return { ...geometry, coordinates: strip((geometry as { coordinates: unknown }).coordinates) } as Geometry;
}

/** Oslo (about 0.6° × 0.3°) on a grid of 1e5 steps: a step is about three metres. */
const QUANTISATION = 1e4;
/**
 * The share of points kept (quantile(topology, p) is the weight above which a share p of the points
 * lie): three in ten keeps every bay and ridge of a district drawn 600 px wide and still shows a
 * sub-district such as Romsås (2 km across) with its shape when its own page draws it that wide.
 */
const KEEP = 0.3;

/**
 * Oslo's official district numbers (the first two digits of a sub-district's code, DELBYDEL) and
 * the district names oslo_bydeler2.geojson uses; the build checks each name is in that file.
 */
const DISTRICT_BY_CODE: Record<string, string> = {
  "01": "Gamle Oslo",
  "02": "Grünerløkka",
  "03": "Sagene",
  "04": "St. Hanshaugen",
  "05": "Frogner",
  "06": "Ullern",
  "07": "Vestre Aker",
  "08": "Nordre Aker",
  "09": "Bjerke",
  "10": "Grorud",
  "11": "Stovner",
  "12": "Alna",
  "13": "Østensjø",
  "14": "Nordstrand",
  "15": "Søndre Nordstrand",
  "16": "Sentrum",
};

export function buildOslo(gitDir: string, date = new Date().toISOString().slice(0, 10)) {
  const districtNames = new Set(readFromGit(gitDir, FILES.districts).features.map((f) => String(f.properties.bnavn)));
  for (const name of Object.values(DISTRICT_BY_CODE)) if (!districtNames.has(name)) throw new Error(`District ${name} is not in ${FILES.districts}`);
  const subDistricts = readFromGit(gitDir, FILES.subDistricts);
  const layers = {
    subDistricts: {
      type: "FeatureCollection" as const,
      features: subDistricts.features.map((f) => ({
        type: "Feature" as const,
        properties: { name: String(f.properties.DELBYDELSN), code: String(f.properties.DELBYDEL) },
        geometry: flat(f.geometry),
      })),
    },
  };
  const topo = presimplify(topology(layers, QUANTISATION) as unknown as Parameters<typeof presimplify>[0]);
  // The weight is the triangle area (Visvalingam) of the point at that quantile: points below it go.
  const simplified = simplify(topo, quantile(topo, KEEP));
  // presimplify stores each point's weight as a third coordinate; the saved file needs only x and y.
  for (const arc of simplified.arcs) for (let i = 0; i < arc.length; i++) arc[i] = [arc[i]![0]!, arc[i]![1]!];
  // Each district is the union of its sub-districts, made of the same arcs (mergeArcs): a district's
  // border and its sub-districts' borders are one line, and Marka (outside every sub-district) is left
  // out as the sub-districts leave it out.
  const subs = (simplified.objects.subDistricts as GeometryCollection<{ name: string; code: string }>).geometries as (Polygon | MultiPolygon)[];
  const districts = Object.entries(DISTRICT_BY_CODE).map(([code, name]) => ({
    ...mergeArcs(simplified as Topology, subs.filter((g) => (g.properties as { code: string }).code.startsWith(code))),
    properties: { name, code },
  }));
  simplified.objects.districts = { type: "GeometryCollection", geometries: districts } as GeometryCollection;
  // presimplify leaves absolute coordinates; quantising again stores small integer steps instead.
  return {
    ...quantize(simplified, QUANTISATION),
    metadata: {
      source: `${SOURCE_REPOSITORY} (${FILES.subDistricts}; district names checked against ${FILES.districts}; at commit ${SOURCE_COMMIT})`,
      licence: "MIT (Oslo kommune)",
      built: date,
      by: "scripts/boundaries/build-oslo.ts (topojson-server, topojson-simplify)",
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const gitDir = process.argv[2];
  if (!gitDir) {
    console.error("Usage: npx tsx scripts/boundaries/build-oslo.ts <bare git dir of oslokommune/bydelsfakta>");
    process.exit(1);
  }
  const out = fileURLToPath(new URL("../../db/boundaries/oslo.json", import.meta.url));
  const text = JSON.stringify(buildOslo(gitDir));
  writeFileSync(out, text + "\n");
  console.log(`${out}: ${(text.length / 1024).toFixed(1)} kB`);
}
