/**
 * The map's choices (issue 25): what it shades the areas by (`vis` in the address) and the boundary
 * import's projections. Shared by the server and the forms.
 */

/** partnere: approved organisations in the area; tiltak: active public tiltak; mangler-sektor: active tiltak that seek a sector none of their partners is from. */
export const MAP_MEASURES = ["partnere", "tiltak", "mangler-sektor"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

export function parseMeasure(value: string | null): MapMeasure | null {
  return (MAP_MEASURES as readonly string[]).includes(value ?? "") ? (value as MapMeasure) : null;
}

/** WGS84 (longitude, latitude in degrees) and EUREF89 UTM zones 32 and 33 (metres), the Norwegian files' usual ones. */
export const BOUNDARY_PROJECTIONS = ["EPSG:4326", "EPSG:25832", "EPSG:25833"] as const;
export type BoundaryProjection = (typeof BOUNDARY_PROJECTIONS)[number];

/** Largest boundary file accepted: a municipality's sub-districts at full precision are well under this. */
export const BOUNDARY_FILE_MAX_BYTES = 4 * 1024 * 1024;
