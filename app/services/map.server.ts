/**
 * Draws area outlines as SVG path strings on the server (issue 25): the page gets finished paths and
 * ships no projection code, no tiles and no JavaScript for the map.
 *
 * The projection: the outlines are WGS84 longitude/latitude. Each point goes through d3-geo's
 * Mercator formula (geoMercatorRaw), and the planar result is fitted to the picture with
 * geoIdentity().reflectY(true).fitSize. Why not geoMercator() directly: d3's spherical projections
 * read a ring's winding order to tell the inside from the outside (clockwise, against RFC 7946's
 * counter-clockwise), and imported files come with either; a ring wound the "wrong" way would be
 * drawn as the whole globe minus the area. Planar coordinates have no such reading — SVG fills what
 * the ring encloses — and Mercator keeps shapes true locally, which at 59–60° north an
 * equirectangular plot of longitude and latitude would not (twice as wide as it should be).
 */
import { geoIdentity, geoMercatorRaw, geoPath } from "d3-geo";
import type { MultiPolygon, Polygon, Position } from "geojson";

export type Outline = Polygon | MultiPolygon;
export type MapArea = { slug: string; name: string; geometry: Outline; value: number; depth: number };
export type DrawnArea = { slug: string; name: string; value: number; depth: number; d: string; classIndex: number; labelAt: [number, number] };
export type MapClass = { index: number; from: number; to: number | null };
export type DrawnMap = { viewBox: [number, number, number, number]; areas: DrawnArea[]; classes: MapClass[] };

export const MAP_WIDTH = 600;
const MAX_HEIGHT = 600;
const RADIANS = Math.PI / 180;

function mercator(geometry: Outline): Outline {
  const point = ([lon, lat]: Position): Position => geoMercatorRaw(lon! * RADIANS, lat! * RADIANS);
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map((ring) => ring.map(point)) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(point))) };
}

/**
 * The classes the figures fall in: 0 on its own (nothing there is a finding), then up to three
 * ranges of whole numbers splitting 1…max as evenly as they can. The legend prints each range.
 */
export function classesFor(values: number[]): MapClass[] {
  const max = Math.max(0, ...values);
  const classes: MapClass[] = [{ index: 0, from: 0, to: 0 }];
  if (max === 0) return classes;
  const steps = Math.min(3, max);
  let from = 1;
  for (let i = 1; i <= steps; i++) {
    const to = i === steps ? max : Math.max(from, Math.round((max * i) / steps));
    classes.push({ index: i, from, to });
    from = to + 1;
    if (from > max) break;
  }
  return classes;
}

export function classOf(value: number, classes: MapClass[]): number {
  return classes.find((c) => value >= c.from && (c.to === null || value <= c.to))?.index ?? classes.length - 1;
}

/**
 * Projects the areas (parents before children, so a sub-district is drawn over its district) into a
 * picture at most MAP_WIDTH × MAX_HEIGHT units (the viewBox: the page scales it to its width), paths
 * rounded to a tenth of a unit. Keyboard order follows the order given.
 */
export function drawMap(areas: MapArea[]): DrawnMap | null {
  if (areas.length === 0) return null;
  const planar = areas.map((a) => ({ ...a, planar: mercator(a.geometry) }));
  const collection = { type: "FeatureCollection" as const, features: planar.map((a) => ({ type: "Feature" as const, properties: {}, geometry: a.planar })) };
  // fitSize centres the outlines in the square; the viewBox is then cut to what they cover.
  const projection = geoIdentity().reflectY(true).fitSize([MAP_WIDTH, MAX_HEIGHT], collection);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(collection);
  const path = geoPath(projection).digits(1);
  const classes = classesFor(areas.map((a) => a.value));
  return {
    viewBox: [Math.floor(x0), Math.floor(y0), Math.ceil(x1 - Math.floor(x0)), Math.ceil(y1 - Math.floor(y0))],
    classes,
    areas: planar.map((a) => {
      const [x, y] = path.centroid(a.planar);
      return {
        slug: a.slug,
        name: a.name,
        value: a.value,
        depth: a.depth,
        d: path(a.planar) ?? "",
        classIndex: classOf(a.value, classes),
        labelAt: [Math.round(x * 10) / 10, Math.round(y * 10) / 10],
      };
    }),
  };
}
