/** English text of the boundary import on the admin area page (issue 25); keys mirror ./nb.admin.boundaries.ts. */
import type { Messages } from "./nb";

const nf = (n: number) => new Intl.NumberFormat("en-GB").format(n);

export const boundaryImport: Messages["admin"]["boundaryImport"] = {
  heading: "Boundaries",
  /** The table of this area and those under it, with or without a boundary (a name of its own: the section is "Boundaries"). */
  statusCaption: "The areas and their boundaries",
  intro:
    "Upload the boundaries of this area and the areas within it as a GeoJSON file. You will see which shapes match which areas before anything is saved.",
  help:
    "Kartverket and Statistics Norway publish administrative units (municipalities, districts) and statistical units (basic statistical units, sub-areas) under CC BY 4.0 – the usual source. The file may be in WGS84 (longitude and latitude in degrees) or EUREF89 UTM zone 32 or 33 (metres), and at most 4 MB. Simplify large files first.",
  current: (n: number) => (n === 0 ? "None of these areas has a boundary yet." : n === 1 ? "1 of these areas has a boundary." : `${nf(n)} of these areas have a boundary.`),
  fileLabel: "GeoJSON file",
  fileHint: "A FeatureCollection of shapes (Polygon or MultiPolygon), .geojson or .json.",
  projectionLabel: "Projection",
  projectionHint: "If the file states a “crs”, it must agree with the choice here.",
  projections: {
    "EPSG:4326": "WGS84 (degrees)",
    "EPSG:25832": "EUREF89 UTM zone 32 (EPSG:25832)",
    "EPSG:25833": "EUREF89 UTM zone 33 (EPSG:25833)",
  },
  nameLabel: "The property that gives the name or code",
  nameHint: "The name of the property in the file that says which area each shape is, for example “navn”, “name” or “kode”.",
  sourceLabel: "Source",
  sourceHint: "Where the boundaries come from, for example “Kartverket, Administrative units 2026”.",
  licenceLabel: "Licence",
  previewButton: "Preview",
  previewHeading: "Preview",
  previewIntro: "Check that the shapes match the right areas. Nothing has been saved yet.",
  previewCaption: "The shapes in the file and the areas they match",
  colFeature: "Shape in the file",
  colMatch: "Area in Laget",
  noMatch: "matches no area",
  matchedBy: { name: "by name", code: "by code" },
  replaces: "replaces the existing boundary",
  saveButton: (n: number) => (n === 1 ? "Save the boundary" : `Save ${nf(n)} boundaries`),
  cancel: "Cancel",
  saved: (n: number) => (n === 1 ? "The boundary has been saved." : `${nf(n)} boundaries have been saved.`),
  errorsHeading: "The file could not be used",
  errors: {
    fileMissing: "Choose a GeoJSON file to upload.",
    fileTooLarge: "The file is too large: a boundary file may be at most 4 MB. Simplify it (for example in mapshaper.org or QGIS) or upload fewer areas.",
    notJson: "The file is not valid JSON. Check that it is a GeoJSON file (.geojson or .json).",
    notGeoJson: "The file is not GeoJSON with shapes: it must be a FeatureCollection, a Feature or a geometry of type Polygon or MultiPolygon.",
    noPolygons: "The file has no shapes of type Polygon or MultiPolygon.",
    tooManyFeatures: "The file has more than 2,000 shapes. Upload only the areas of this municipality.",
    notFinite: (feature: string) => `The shape “${feature}” has coordinates that are not numbers.`,
    ringNotClosed: (feature: string) => `The shape “${feature}” is not closed: the first and last point of each ring must be the same.`,
    ringTooShort: (feature: string) => `The shape “${feature}” has a ring of fewer than four points.`,
    selfIntersecting: (feature: string) =>
      `The shape “${feature}” crosses itself. Fix it in a GIS program (for example QGIS: “Fix geometries”) and try again.`,
    outOfRange: (feature: string) => `The shape “${feature}” has impossible coordinates: longitude must be −180 to 180 and latitude −90 to 90 degrees.`,
    wrongProjection: (projection: string) =>
      `The coordinates do not fit the projection ${projection}: they fall outside Norway. Numbers in the millions are usually UTM metres – choose EUREF89 UTM zone 32 or 33. Small numbers (like 10.8 and 59.9) are WGS84.`,
    unknownCrs: (name: string) => `The file states a projection Laget does not know (“${name}”). Use WGS84 or EUREF89 UTM zone 32 or 33.`,
    crsConflict: (inFile: string, chosen: string) => `The file itself says it uses ${inFile}, but you chose ${chosen}. Choose ${inFile}, or correct the file.`,
    nameRequired: "Enter the name of the property that says which area each shape is.",
    nameMissing: (property: string, available: string) =>
      available === "" ? `The shapes have no property called “${property}”, and no properties at all.` : `The shapes have no property called “${property}”. The properties in the file: ${available}.`,
    noMatches: "None of the shapes matches the name or code of this area or the areas within it. Check the property you chose.",
    sourceRequired: "Enter where the boundaries come from.",
    tooLong: "The text is too long (at most 200 characters).",
    draftGone: "The preview is too old or already saved. Upload the file again.",
    badProjection: "Choose one of the projections in the list.",
  },
};
